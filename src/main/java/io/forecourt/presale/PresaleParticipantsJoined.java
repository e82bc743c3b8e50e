package io.forecourt.presale;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.Externalized;

/**
 * People who took part in a presale for the first time, in a batch: one event per few
 * hundred participants, published by the participant handover in the transaction that
 * marks them handed over, so the lead center captures each exactly once (channel
 * {@code presale}) without a write per participant on the reservation path. The lead
 * center says when it is done with a batch ({@link ParticipantCapture}). A person appears
 * once per campaign, with the outcome of their first attempt; later attempts of the same
 * person are not repeated.
 *
 * @param campaignCode the campaign, used as the lead's campaign
 * @param brand the brand of the campaign's model
 * @param modelCode the catalog model on sale, the lead's model of interest
 */
@Externalized("forecourt.events::presale.participants.joined")
public record PresaleParticipantsJoined(UUID campaignId, String campaignCode, String brand, String modelCode,
		List<Participant> participants) {

	public PresaleParticipantsJoined {
		participants = List.copyOf(participants);
	}

	/**
	 * One participant.
	 *
	 * @param phone the verified phone as the participant gave it (the lead center
	 * normalises it)
	 * @param outcome the answer to their first attempt
	 * @param configurationCode the configuration they asked for, if any
	 * @param cityCode six-digit GB/T 2260 city code, if given
	 * @param consentMarketing whether they agreed to marketing contact when taking part
	 * @param rawPayload their first request as received (without the ID number)
	 */
	public record Participant(String phone, @Nullable String name, Outcome outcome, @Nullable String configurationCode,
			@Nullable String cityCode, boolean consentMarketing, Instant attemptedAt, @Nullable String rawPayload) {
	}

	/** What a participant's first attempt was answered. */
	public enum Outcome {

		RESERVED, SOLD_OUT, LIMIT_REACHED, NOT_OPEN, CLOSED, REGION_NOT_ALLOWED, REJECTED, TRY_AGAIN

	}

}
