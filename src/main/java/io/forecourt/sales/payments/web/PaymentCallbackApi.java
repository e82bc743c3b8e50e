package io.forecourt.sales.payments.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.forecourt.kernel.security.PublicApiEndpoint;
import io.forecourt.kernel.security.RateLimits;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.sales.payments.PaymentCallbacks;
import io.forecourt.sales.payments.ProviderCallback;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where payment providers report outcomes. It takes no API key (a provider cannot hold
 * ours): the provider's own signature is verified instead, over the body exactly as sent,
 * which is why the body is read here as raw bytes.
 */
@RestController
@Tag(name = "Payment callbacks", description = "Signed notifications from payment providers; no API key")
class PaymentCallbackApi {

	static final int MAX_BODY_BYTES = 64 * 1024;

	private final PaymentCallbacks callbacks;

	private final RateLimits limits;

	private final int perAddressPerMinute;

	PaymentCallbackApi(PaymentCallbacks callbacks, RateLimits limits,
			@Value("${forecourt.payments.callbacks.per-address-per-minute:1200}") int perAddressPerMinute) {
		this.callbacks = callbacks;
		this.limits = limits;
		this.perAddressPerMinute = perAddressPerMinute;
	}

	@Bean
	static PublicApiEndpoint paymentCallbackEndpoint() {
		return new PublicApiEndpoint(HttpMethod.POST, "/api/v1/payment-callbacks/*");
	}

	@PostMapping("/api/v1/payment-callbacks/{provider}")
	@SecurityRequirements
	@Operation(summary = "Receive a provider's notification (the simulated provider signs with"
			+ " X-Simulated-Timestamp and X-Simulated-Signature: sha256=<hex HMAC-SHA256(secret, timestamp.body)>)."
			+ " 200 with outcome APPLIED, IGNORED (valid but changes nothing: a late or pending notice) or DUPLICATE"
			+ " (seen before); 401 unsigned, badly signed or stale, 400 unparsable, 404 unknown provider, payment or"
			+ " refund (retry later), 409 contradicts our books, 413 over 64 KiB, 429 over the rate per sender."
			+ " A refused callback writes nothing.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = "The provider's own notification, byte for byte as signed",
					content = @Content(mediaType = "application/json")))
	Map<String, String> receive(@PathVariable String provider, HttpServletRequest request) throws IOException {
		this.limits.consume("payment-callback:" + request.getRemoteAddr(), this.perAddressPerMinute,
				"from this address");
		byte[] body = body(request);
		PaymentCallbacks.Outcome outcome = this.callbacks.receive(provider,
				new ProviderCallback(headers(request), body));
		return Map.of("outcome", outcome.name());
	}

	private static Map<String, String> headers(HttpServletRequest request) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (String name : Collections.list(request.getHeaderNames())) {
			headers.putIfAbsent(name, request.getHeader(name));
		}
		return headers;
	}

	private static byte[] body(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			throw tooLarge();
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
			if (body.length > MAX_BODY_BYTES) {
				throw tooLarge();
			}
			return body;
		}
	}

	private static ProblemException tooLarge() {
		return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
				"A callback may have at most " + MAX_BODY_BYTES + " bytes");
	}

}
