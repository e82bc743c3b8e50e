package io.forecourt.service.satisfaction.web;

import java.time.Instant;

import io.forecourt.service.satisfaction.Survey;
import io.forecourt.service.satisfaction.SurveyStatus;
import org.jspecify.annotations.Nullable;

/**
 * What the survey's link shows the owner: whether it can still be answered and the answer
 * given; nothing personal.
 */
record SurveyView(boolean answered, boolean expired, Instant expiresAt, @Nullable Integer score,
		@Nullable String comment, @Nullable Instant answeredAt) {

	static SurveyView of(Survey survey, Instant now) {
		boolean answered = survey.status() == SurveyStatus.ANSWERED;
		return new SurveyView(answered, !answered && survey.expiredAt(now), survey.expiresAt(), survey.score(),
				survey.comment(), survey.answeredAt());
	}

	public boolean answerable() {
		return !this.answered && !this.expired;
	}

}
