package io.forecourt.service.recommendation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The ranking for one request: the need's urgency and how it moved the weights, and the
 * dealers best first, each with its factors.
 *
 * @param considered how many dealers within reach offer the service (the answer lists at
 * most the configured limit)
 */
public record Recommendation(String serviceType, @Nullable String vin, @Nullable String modelCode, double latitude,
		double longitude, LocalDate from, LocalDate to, double maxDistanceKm, Urgency urgency, Scoring.Weights weights,
		int considered, List<RankedDealer> dealers) {

	/**
	 * The need's urgency (0 routine to 1 critical) and where it came from.
	 *
	 * @param overdueRatio how far through its maintenance interval the car is (1 = due
	 * now), when known
	 */
	public record Urgency(double value, FaultSeverity severity, @Nullable Double overdueRatio,
			@Nullable Integer intervalKm, @Nullable Integer intervalMonths) {
	}

	/**
	 * One dealer's place in the ranking.
	 *
	 * @param earliestStart the earliest start with a bay and a technician free in the
	 * window, null when there is none
	 */
	public record RankedDealer(int rank, UUID dealerId, String code, String nameZh, String nameEn,
			String serviceTypeNameZh, String serviceTypeNameEn, int durationMinutes, double distanceKm, double score,
			List<Scoring.Factor> factors, @Nullable OffsetDateTime earliestStart,
			@Nullable OffsetDateTime earliestEnd) {
	}

}
