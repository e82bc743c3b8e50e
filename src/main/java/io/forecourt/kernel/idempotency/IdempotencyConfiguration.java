package io.forecourt.kernel.idempotency;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The settings of {@code Idempotency-Key} handling, and its contract in the OpenAPI
 * document: a reusable {@code IdempotencyKey} header parameter and
 * {@code Idempotent-Replayed} response header, referenced by every {@link Idempotent}
 * operation together with its 400, 409 and 422 answers.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
class IdempotencyConfiguration {

	static final String PARAMETER = "IdempotencyKey";

	static final String REPLAYED_HEADER = "IdempotentReplayed";

	private static final String PROBLEM_JSON = "application/problem+json";

	@Bean
	OpenApiCustomizer idempotencyComponents() {
		return openApi -> {
			Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
			openApi.setComponents(components);
			components.addParameters(PARAMETER, new Parameter().in("header")
				.name(IdempotencyHeaders.KEY)
				.required(true)
				.description("Your key for this one operation (1-255 printable ASCII characters, e.g. a new UUID)."
						+ " Send the same key again when you retry it: a repeat with the same method, path and body"
						+ " gets the first response again (status, body, Location) with Idempotent-Replayed: true"
						+ " and does nothing twice; while the first is still running a repeat gets 409"
						+ " (idempotency-key-in-use, retry shortly); the same key with another request gets 422"
						+ " (idempotency-key-reused); no key gets 400 (idempotency-key-missing). Keys are per"
						+ " caller and kept 24 hours. Server errors (5xx) are not kept: retry with the same key.")
				.schema(new StringSchema().minLength(1).maxLength(255)));
			components.addHeaders(REPLAYED_HEADER,
					new Header()
						.description("true when this response repeats the first response to the Idempotency-Key")
						.schema(new StringSchema()._enum(java.util.List.of("true"))));
		};
	}

	@Bean
	OperationCustomizer idempotentOperations() {
		return (operation, handler) -> {
			if (!handler.hasMethodAnnotation(Idempotent.class)) {
				return operation;
			}
			operation.addParametersItem(new Parameter().$ref("#/components/parameters/" + PARAMETER));
			ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
			operation.setResponses(responses);
			responses.forEach((status, response) -> {
				if (status.startsWith("2") || status.startsWith("4")) {
					response.addHeaderObject(IdempotencyHeaders.REPLAYED,
							new Header().$ref("#/components/headers/" + REPLAYED_HEADER));
				}
			});
			problem(responses, "400", "Idempotency-Key missing (idempotency-key-missing) or invalid");
			problem(responses, "409", "A request with this Idempotency-Key is still running (idempotency-key-in-use)");
			problem(responses, "422", "The Idempotency-Key was used for another request (idempotency-key-reused)");
			return operation;
		};
	}

	private static void problem(ApiResponses responses, String status, String description) {
		ApiResponse existing = responses.get(status);
		if (existing == null) {
			responses.addApiResponse(status, new ApiResponse().description(description)
				.content(new Content().addMediaType(PROBLEM_JSON, new MediaType())));
		}
		else {
			existing.setDescription(existing.getDescription() + "; or: " + description);
		}
	}

}
