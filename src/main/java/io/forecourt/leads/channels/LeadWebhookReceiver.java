package io.forecourt.leads.channels;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.forecourt.kernel.identity.PersonalDataProtection;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.leads.capture.CaptureRequest;
import io.forecourt.leads.capture.CaptureResult;
import io.forecourt.leads.capture.LeadCapture;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Receives a channel's webhook delivery. Checks run cheapest first and each refusal
 * writes nothing: the channel must exist and be active (404); the delivery must be signed
 * (401), recent (401) and signed with the channel's secret (401); its nonce must be new
 * (409); its payload must map (400). Then the lead is captured as the channel
 * ({@code channel:<code>}, an integrator over the whole network), and the nonce is
 * remembered in the capture's own transaction, so of two concurrent deliveries of one
 * nonce exactly one keeps its lead.
 */
@Service
public class LeadWebhookReceiver {

	private static final Pattern TIMESTAMP = Pattern.compile("\\d{1,12}");

	private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_:-]{8,128}");

	private final LeadChannels channels;

	private final ChannelNonces nonces;

	private final PayloadMapper mapper;

	private final LeadCapture capture;

	private final PersonalDataProtection protection;

	private final Clock clock;

	LeadWebhookReceiver(LeadChannels channels, ChannelNonces nonces, PayloadMapper mapper, LeadCapture capture,
			PersonalDataProtection protection, Clock clock) {
		this.channels = channels;
		this.nonces = nonces;
		this.mapper = mapper;
		this.capture = capture;
		this.protection = protection;
		this.clock = clock;
	}

	/**
	 * @throws ProblemException 404, 401, 409 or 400 as described above; nothing is
	 * written then
	 */
	public CaptureResult receive(String channelCode, WebhookDelivery delivery) {
		LeadChannels.Stored stored = this.channels.find(channelCode)
			.filter(found -> found.channel().active())
			.orElseThrow(() -> ProblemException.notFound("Lead channel", channelCode));
		LeadChannel channel = stored.channel();
		String timestamp = required(delivery.timestamp(), WebhookDelivery.TIMESTAMP_HEADER);
		String nonce = required(delivery.nonce(), WebhookDelivery.NONCE_HEADER);
		String signature = required(delivery.signature(), WebhookDelivery.SIGNATURE_HEADER);
		if (!NONCE.matcher(nonce).matches()) {
			throw unauthenticated(WebhookDelivery.NONCE_HEADER + " must be 8 to 128 of A-Z, a-z, 0-9, '_', ':', '-'");
		}
		Instant now = this.clock.instant();
		checkFresh(timestamp, channel.replayWindow(), now);
		String secret = this.protection.decrypt(stored.encryptedSecret());
		if (!WebhookSignature.matches(signature, secret, timestamp, nonce, delivery.body())) {
			throw unauthenticated("The signature does not match: " + WebhookDelivery.SIGNATURE_HEADER
					+ " must be sha256=<hex of HMAC-SHA256(secret, timestamp + \".\" + nonce + \".\" + body)>");
		}
		this.nonces.leadOf(channel.code(), nonce).ifPresent(lead -> {
			throw replayed(nonce, lead);
		});
		CaptureRequest request = this.mapper.map(channel, text(delivery.body()));
		return CurrentAccess.as(principal(channel), () -> this.capture.capture(request, result -> {
			if (!this.nonces.remember(channel.code(), nonce, result.leadId(), now)) {
				throw replayed(nonce, null);
			}
		}));
	}

	private static void checkFresh(String timestamp, Duration window, Instant now) {
		if (!TIMESTAMP.matcher(timestamp).matches()) {
			throw unauthenticated(WebhookDelivery.TIMESTAMP_HEADER + " must be the time of signing in epoch seconds");
		}
		long drift = Long.parseLong(timestamp) - now.getEpochSecond();
		if (drift < -window.toSeconds()) {
			throw unauthenticated("The delivery is stale: signed " + -drift + " s ago, more than the "
					+ window.toSeconds() + " s this channel allows; sign it again with the current time");
		}
		if (drift > window.toSeconds()) {
			throw unauthenticated("The timestamp is " + drift + " s ahead of the server clock, more than the "
					+ window.toSeconds() + " s this channel allows; check the sender's clock");
		}
	}

	private static String text(byte[] body) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body must be JSON in UTF-8");
		}
	}

	/** Who captures the channel's leads; audit records and grade history name it. */
	private static ForecourtPrincipal principal(LeadChannel channel) {
		String name = "channel:" + channel.code();
		return new ForecourtPrincipal(name, name, channel.displayName(), ForecourtPrincipal.Kind.API_KEY,
				Set.of(Role.INTEGRATOR), AccessScope.all(), null);
	}

	private static String required(@Nullable String header, String name) {
		if (header == null || header.isBlank()) {
			throw unauthenticated("Unsigned delivery: the " + name + " header is missing; sign every delivery with "
					+ WebhookDelivery.TIMESTAMP_HEADER + ", " + WebhookDelivery.NONCE_HEADER + " and "
					+ WebhookDelivery.SIGNATURE_HEADER);
		}
		return header.strip();
	}

	private static ProblemException unauthenticated(String detail) {
		return new ProblemException(ProblemType.UNAUTHENTICATED, detail);
	}

	private static ProblemException replayed(String nonce, @Nullable UUID leadId) {
		String detail = "A delivery with nonce " + nonce + " was already received; send each delivery with a new nonce";
		return leadId == null ? new ProblemException(ProblemType.REPLAYED, detail)
				: new ProblemException(ProblemType.REPLAYED, detail, Map.of("leadId", leadId));
	}

}
