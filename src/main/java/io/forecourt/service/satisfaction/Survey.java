package io.forecourt.service.satisfaction;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A repair order's satisfaction survey. */
public record Survey(UUID id, String token, UUID repairOrderId, UUID dealerId, UUID customerId, @Nullable String vin,
		@Nullable String plate, SurveyStatus status, @Nullable String channel, @Nullable String channelReason,
		Instant deliveredAt, Instant sendAt, @Nullable Instant sentAt, Instant expiresAt, @Nullable Integer score,
		@Nullable String comment, @Nullable Instant answeredAt) {

	public static final String PATH = "/satisfaction/";

	public String link() {
		return PATH + this.token;
	}

	public boolean expiredAt(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

}
