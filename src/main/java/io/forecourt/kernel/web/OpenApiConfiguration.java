package io.forecourt.kernel.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's front matter and its one security scheme: every API call carries
 * {@code Authorization: Bearer fc_...} (an integrator key or a personal token), which is
 * what Swagger UI's "Authorize" button asks for.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
		info = @Info(title = "Forecourt API", version = "v1",
				description = "Customer platform for car makers and their dealers. Errors are application/problem+json"
						+ " (RFC 9457) with a stable type URI; updates need the resource's ETag in If-Match.",
				license = @License(name = "Apache-2.0")),
		security = @SecurityRequirement(name = OpenApiConfiguration.BEARER))
@SecurityScheme(name = OpenApiConfiguration.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
		bearerFormat = "fc_ API key or personal token")
class OpenApiConfiguration {

	static final String BEARER = "bearer";

}
