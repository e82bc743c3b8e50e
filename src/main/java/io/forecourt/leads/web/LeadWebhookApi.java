package io.forecourt.leads.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import io.forecourt.kernel.security.PublicApiEndpoint;
import io.forecourt.kernel.security.RateLimits;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.leads.capture.CaptureResult;
import io.forecourt.leads.channels.LeadWebhookReceiver;
import io.forecourt.leads.channels.WebhookDelivery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The webhook media platforms push leads to. It takes no API key (a channel cannot hold
 * ours): every delivery is signed with the channel's secret instead, which
 * {@link LeadWebhookReceiver} verifies. The body is read here as raw bytes, because the
 * signature covers them exactly and the lead keeps them as its raw payload.
 */
@RestController
@Tag(name = "Lead webhooks",
		description = "Signed deliveries from media platforms (Autohome, Yiche, Douyin, Tencent ads); no API key")
class LeadWebhookApi {

	static final String PATH = "/api/v1/lead-webhooks/{channel}";

	private final LeadWebhookReceiver receiver;

	private final RateLimits limits;

	private final int perAddressPerMinute;

	LeadWebhookApi(LeadWebhookReceiver receiver, RateLimits limits,
			@Value("${forecourt.leads.webhooks.per-address-per-minute:600}") int perAddressPerMinute) {
		this.receiver = receiver;
		this.limits = limits;
		this.perAddressPerMinute = perAddressPerMinute;
	}

	@Bean
	static PublicApiEndpoint leadWebhookEndpoint() {
		return new PublicApiEndpoint(HttpMethod.POST, "/api/v1/lead-webhooks/*");
	}

	@PostMapping(PATH)
	@Operation(summary = "Receive a lead from a channel, signed with X-Forecourt-Timestamp, X-Forecourt-Nonce and"
			+ " X-Forecourt-Signature: sha256=<hex HMAC-SHA256(secret, timestamp.nonce.body)>. 201 for a kept lead"
			+ " (also invalid or junk, with the reason), 200 with status DUPLICATE for one attached to an open lead;"
			+ " 401 unsigned, stale or badly signed, 409 replayed nonce, 404 unknown or inactive channel,"
			+ " 400 a payload the channel's mapping cannot map, 413 over 64 KiB, 429 over the rate per sender"
			+ " (see Retry-After). A refused delivery writes nothing.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = "The channel's own JSON, shaped as the channel's field mapping expects;"
							+ " kept byte for byte as the lead's raw payload",
					content = @Content(mediaType = "application/json")))
	ResponseEntity<DeliveryResult> receive(@PathVariable String channel,
			@RequestHeader(name = WebhookDelivery.TIMESTAMP_HEADER, required = false) @Nullable String timestamp,
			@RequestHeader(name = WebhookDelivery.NONCE_HEADER, required = false) @Nullable String nonce,
			@RequestHeader(name = WebhookDelivery.SIGNATURE_HEADER, required = false) @Nullable String signature,
			HttpServletRequest request, UriComponentsBuilder uris) throws IOException {
		// public: counted per sender before anything is read or verified
		this.limits.consume("webhook:" + request.getRemoteAddr(), this.perAddressPerMinute, "from this address");
		byte[] body = body(request);
		CaptureResult result = this.receiver.receive(channel, new WebhookDelivery(timestamp, nonce, signature, body));
		if (result.duplicate()) {
			return ResponseEntity.ok(new DeliveryResult(result.leadId(), "DUPLICATE", null));
		}
		return ResponseEntity.created(uris.path("/api/v1/leads/{id}").build(result.leadId()))
			.body(new DeliveryResult(result.leadId(), result.status().name(), result.reason()));
	}

	/** The body as sent, refused before it is read in full when it is too large. */
	private static byte[] body(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > WebhookDelivery.MAX_BODY_BYTES) {
			throw tooLarge();
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(WebhookDelivery.MAX_BODY_BYTES + 1);
			if (body.length > WebhookDelivery.MAX_BODY_BYTES) {
				throw tooLarge();
			}
			return body;
		}
	}

	private static ProblemException tooLarge() {
		return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
				"A delivery may have at most " + WebhookDelivery.MAX_BODY_BYTES + " bytes; send one lead per delivery");
	}

	/**
	 * @param status NEW, INVALID or JUNK (kept, with the reason), or DUPLICATE (attached
	 * to the open lead it repeats)
	 */
	record DeliveryResult(UUID leadId, String status, @Nullable String reason) {
	}

}
