package io.forecourt.leads.channels;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A channel that pushes leads to its webhook, as HQ configured it. The secret is not part
 * of it: it is shown once, when issued.
 *
 * @param code the webhook's path segment and the channel of every lead it sends
 * @param replayWindow how far a delivery's signed timestamp may be from the server clock
 * @param secretHint the first characters of the current secret
 * @param demo seeded with a published secret (rotating it clears this)
 */
public record LeadChannel(String code, String displayName, boolean active, Duration replayWindow, FieldMapping mapping,
		String secretHint, Instant secretRotatedAt, boolean demo, long version, Instant createdAt, Instant updatedAt) {

	static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

	static final Duration DEFAULT_REPLAY_WINDOW = Duration.ofMinutes(5);

	static final Duration MIN_REPLAY_WINDOW = Duration.ofSeconds(30);

	/** Nonces are kept for twice this, so a longer window set later still finds them. */
	static final Duration MAX_REPLAY_WINDOW = Duration.ofHours(1);

	/** Where the channel posts its leads. */
	public String webhookPath() {
		return "/api/v1/lead-webhooks/" + this.code;
	}

}
