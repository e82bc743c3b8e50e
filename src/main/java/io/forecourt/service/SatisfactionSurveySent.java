package io.forecourt.service;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * A satisfaction survey is ready for the owner on the channel they consented to; the
 * marketing module's channel adapters send it (this is the hand-off, nothing is sent
 * here). Published once per survey, whichever instance runs the send job.
 *
 * @param channel {@code WECHAT}, {@code SMS} or {@code EMAIL}
 * @param link the survey page's path, {@code /satisfaction/{token}}, to put after the
 * public base address; the brand app answers through {@code POST
 * /api/v1/satisfaction/{token}}
 */
@Externalized("forecourt.events::service.satisfaction.survey-sent")
public record SatisfactionSurveySent(UUID surveyId, UUID repairOrderId, UUID dealerId, UUID customerId, String channel,
		String link, Instant expiresAt, Instant sentAt) {
}
