package io.forecourt.service.satisfaction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

import io.forecourt.service.workshop.ServiceRatings;

import org.springframework.stereotype.Component;

/**
 * Feeds the dealer's service rating from its surveys: the average NPS answer of its
 * latest {@code rating-window} answers, mapped linearly from 0-10 onto 1-5 (0 is 1.00, 5
 * is 3.00, 10 is 5.00), with all its answers as the review count. It replaces whatever
 * rating HQ set.
 */
@Component
class RatingFeed {

	private final SurveyRecords surveys;

	private final ServiceRatings ratings;

	private final SatisfactionPolicy policy;

	RatingFeed(SurveyRecords surveys, ServiceRatings ratings, SatisfactionPolicy policy) {
		this.surveys = surveys;
		this.ratings = ratings;
		this.policy = policy;
	}

	/** Recomputes the dealer's rating; joins the caller's transaction. */
	void refresh(UUID dealerId) {
		List<Integer> scores = this.surveys.latestScores(dealerId, this.policy.ratingWindow());
		if (scores.isEmpty()) {
			return;
		}
		this.ratings.recordRating(dealerId, rating(scores), (int) this.surveys.answeredCount(dealerId));
	}

	static BigDecimal rating(List<Integer> scores) {
		BigDecimal sum = BigDecimal.valueOf(scores.stream().mapToInt(Integer::intValue).sum());
		BigDecimal average = sum.divide(BigDecimal.valueOf(scores.size()), 6, RoundingMode.HALF_UP);
		return BigDecimal.ONE
			.add(average.multiply(BigDecimal.valueOf(4)).divide(BigDecimal.TEN, 6, RoundingMode.HALF_UP))
			.setScale(2, RoundingMode.HALF_UP);
	}

}
