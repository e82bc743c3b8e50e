package io.forecourt.service.satisfaction;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The satisfaction settings ({@code forecourt.service.satisfaction.*}, see
 * docs/service-satisfaction.md).
 */
@Component
public class SatisfactionPolicy {

	private final Duration sendDelay;

	private final Duration validFor;

	private final int complaintThreshold;

	private final Duration firstResponseSla;

	private final Duration secondEscalationAfter;

	private final int ratingWindow;

	SatisfactionPolicy(@Value("${forecourt.service.satisfaction.send-delay:PT2H}") Duration sendDelay,
			@Value("${forecourt.service.satisfaction.valid-days:14}") int validDays,
			@Value("${forecourt.service.satisfaction.complaint-threshold:6}") int complaintThreshold,
			@Value("${forecourt.service.satisfaction.first-response-sla:PT24H}") Duration firstResponseSla,
			@Value("${forecourt.service.satisfaction.second-escalation-after:PT24H}") Duration secondEscalationAfter,
			@Value("${forecourt.service.satisfaction.rating-window:100}") int ratingWindow) {
		if (sendDelay.isNegative() || validDays < 1 || complaintThreshold < 0 || complaintThreshold > 10
				|| !firstResponseSla.isPositive() || !secondEscalationAfter.isPositive() || ratingWindow < 1) {
			throw new IllegalArgumentException("forecourt.service.satisfaction settings out of range");
		}
		this.sendDelay = sendDelay;
		this.validFor = Duration.ofDays(validDays);
		this.complaintThreshold = complaintThreshold;
		this.firstResponseSla = firstResponseSla;
		this.secondEscalationAfter = secondEscalationAfter;
		this.ratingWindow = ratingWindow;
	}

	/** How long after delivery the survey goes out (zero: at once). */
	public Duration sendDelay() {
		return this.sendDelay;
	}

	/** How long after delivery the survey can be answered. */
	public Duration validFor() {
		return this.validFor;
	}

	/** A score at or below this opens a complaint. */
	public int complaintThreshold() {
		return this.complaintThreshold;
	}

	public Duration firstResponseSla() {
		return this.firstResponseSla;
	}

	/** How long after escalation level 1 level 2 (headquarters) follows. */
	public Duration secondEscalationAfter() {
		return this.secondEscalationAfter;
	}

	/** The service rating is the average of the dealer's latest this many answers. */
	public int ratingWindow() {
		return this.ratingWindow;
	}

}
