package io.forecourt.service.recommendation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The recommendation's arithmetic, free of Spring and the database so it can be checked
 * by hand. Every factor is normalised to 0 (worst) to 1 (best); the score is the sum of
 * weight × normalised value, the weights summing to 1, so a score is between 0 and 1.
 *
 * <ul>
 * <li><b>urgency</b>: how soon the dealer can take the car, 1 − hours to its earliest
 * free start / hours of the window (0 without one);</li>
 * <li><b>distance</b>: 1 − great-circle km / the maximum distance;</li>
 * <li><b>load</b>: 1 − the booked share of the workshop's capacity in the window;</li>
 * <li><b>rating</b>: (rating − 1) / 4 on the 1-to-5 scale.</li>
 * </ul>
 *
 * The need's urgency u (0 routine to 1 critical) moves the weights before they are scaled
 * to sum 1: urgency × u, distance × (1 + u), load and rating × (1 − u/2). A routine
 * service ranks by load and rating as much as by distance and ignores how soon; a
 * critical fault ranks by distance and by who can take the car first.
 */
public final class Scoring {

	public static final String URGENCY = "urgency";

	public static final String DISTANCE = "distance";

	public static final String LOAD = "load";

	public static final String RATING = "rating";

	private Scoring() {
	}

	/**
	 * The need's urgency: the larger of the fault's severity and how far past its
	 * interval the service is (just due 0, half an interval over 0.5, a whole interval
	 * over or more 1).
	 * @param overdueRatio distance or time since the last service over the interval (the
	 * larger), or null when unknown
	 */
	public static double urgency(FaultSeverity severity, @Nullable Double overdueRatio) {
		return Math.max(severity.urgency(), overdueScore(overdueRatio));
	}

	public static double overdueScore(@Nullable Double overdueRatio) {
		return overdueRatio == null ? 0 : clamp(overdueRatio - 1);
	}

	/** The weights for a need of this urgency, summing to 1. */
	public static Weights weights(RecommendationSettings.Weights base, double urgency) {
		double u = clamp(urgency);
		double soon = base.urgency() * u;
		double distance = base.distance() * (1 + u);
		double load = base.load() * (1 - u / 2);
		double rating = base.rating() * (1 - u / 2);
		double sum = soon + distance + load + rating;
		return new Weights(soon / sum, distance / sum, load / sum, rating / sum);
	}

	/**
	 * One dealer's factors, in the order urgency, distance, load, rating.
	 * @param hoursToEarliest hours from the window's start to the dealer's earliest free
	 * start, null when it has none in the window
	 */
	public static List<Factor> factors(Weights weights, @Nullable Double hoursToEarliest, double windowHours,
			double distanceKm, double maxDistanceKm, double load, double rating) {
		double soonness = hoursToEarliest == null ? 0 : clamp(1 - hoursToEarliest / windowHours);
		return List.of(
				Factor.of(URGENCY, hoursToEarliest == null ? -1 : hoursToEarliest, "hours to earliest free start",
						soonness, weights.urgency()),
				Factor.of(DISTANCE, distanceKm, "km", clamp(1 - distanceKm / maxDistanceKm), weights.distance()),
				Factor.of(LOAD, load, "booked share of capacity", clamp(1 - load), weights.load()),
				Factor.of(RATING, rating, "of 5", clamp((rating - 1) / 4), weights.rating()));
	}

	public static double score(List<Factor> factors) {
		return factors.stream().mapToDouble(Factor::contribution).sum();
	}

	static double clamp(double value) {
		return Math.max(0, Math.min(1, value));
	}

	/** The four weights a ranking used, summing to 1. */
	public record Weights(double urgency, double distance, double load, double rating) {
	}

	/**
	 * One factor of one dealer's score.
	 *
	 * @param raw the measured value (hours, km, share, stars; -1 hours: no free start in
	 * the window)
	 * @param normalised 0 (worst) to 1 (best)
	 * @param contribution weight × normalised, what it adds to the score
	 */
	public record Factor(String name, double raw, String unit, double normalised, double weight, double contribution) {

		static Factor of(String name, double raw, String unit, double normalised, double weight) {
			return new Factor(name, raw, unit, normalised, weight, weight * normalised);
		}

	}

}
