package io.forecourt.service.recommendation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;

/**
 * How dealers are ranked ({@code forecourt.service.recommendation.*}); docs/service.md
 * explains the formula.
 *
 * @param weights the base weight of each factor; urgency moves them (see
 * {@link Scoring#weights})
 * @param maxDistanceKm how far a dealer may be to be considered, unless the request says
 * @param defaultRating the rating of a dealer nobody has rated yet
 * @param windowDays how many days the window has when the request names no end
 * @param maxWindowDays the longest window a request may ask for
 * @param limit how many dealers the answer lists at most
 */
@ConfigurationProperties("forecourt.service.recommendation")
public record RecommendationSettings(@DefaultValue Weights weights, @DefaultValue("100") double maxDistanceKm,
		@DefaultValue("3.0") double defaultRating, @DefaultValue("3") int windowDays,
		@DefaultValue("14") int maxWindowDays, @DefaultValue("10") int limit) {

	public RecommendationSettings {
		if (!(maxDistanceKm > 0) || defaultRating < 1 || defaultRating > 5 || windowDays < 1
				|| maxWindowDays < windowDays || limit < 1) {
			throw new IllegalArgumentException("forecourt.service.recommendation: distance > 0, default rating 1-5,"
					+ " 1 <= window-days <= max-window-days, limit >= 1");
		}
	}

	/** The base weights, each 0 or more, not all 0. */
	public record Weights(@DefaultValue("0.25") double urgency, @DefaultValue("0.35") double distance,
			@DefaultValue("0.20") double load, @DefaultValue("0.20") double rating) {

		public Weights {
			if (urgency < 0 || distance < 0 || load < 0 || rating < 0 || urgency + distance + load + rating <= 0) {
				throw new IllegalArgumentException(
						"forecourt.service.recommendation.weights: each 0 or more, and not all 0");
			}
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(RecommendationSettings.class)
	static class Enable {

	}

}
