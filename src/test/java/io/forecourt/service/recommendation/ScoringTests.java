package io.forecourt.service.recommendation;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The recommendation's arithmetic against figures worked out by hand (docs/service.md
 * walks through the same example). Two dealers in a 72-hour window with the default
 * weights (urgency 0.25, distance 0.35, load 0.20, rating 0.20), at most 100 km:
 * <ul>
 * <li>A: 40 km, 10% booked, rated 4.8, earliest free start in 48 h;</li>
 * <li>B: 5 km, 80% booked, rated 3.8, earliest free start in 1 h.</li>
 * </ul>
 * A routine service goes to A (quiet, well rated); a critical fault to B (near, and it
 * can take the car now).
 */
class ScoringTests {

	static final RecommendationSettings.Weights DEFAULTS = new RecommendationSettings.Weights(0.25, 0.35, 0.20, 0.20);

	@Test
	void routineServiceIgnoresHowSoonAndWeighsLoadAndRatingMore() {
		// u = 0: raw weights 0, 0.35, 0.20, 0.20 (sum 0.75) -> 0, 7/15, 4/15, 4/15
		Scoring.Weights weights = Scoring.weights(DEFAULTS, 0);
		assertThat(weights.urgency()).isZero();
		assertThat(weights.distance()).isCloseTo(7.0 / 15, within(1e-12));
		assertThat(weights.load()).isCloseTo(4.0 / 15, within(1e-12));
		assertThat(weights.rating()).isCloseTo(4.0 / 15, within(1e-12));
		// A: 7/15 x 0.6 + 4/15 x 0.9 + 4/15 x 0.95 = 0.28 + 0.24 + 0.25333 = 0.77333
		List<Scoring.Factor> a = Scoring.factors(weights, 48.0, 72, 40, 100, 0.1, 4.8);
		// B: 7/15 x 0.95 + 4/15 x 0.2 + 4/15 x 0.7 = 0.44333 + 0.05333 + 0.18667 =
		// 0.68333
		List<Scoring.Factor> b = Scoring.factors(weights, 1.0, 72, 5, 100, 0.8, 3.8);
		assertThat(Scoring.score(a)).isCloseTo(0.773333, within(1e-6));
		assertThat(Scoring.score(b)).isCloseTo(0.683333, within(1e-6));
	}

	@Test
	void aCriticalFaultWeighsDistanceAndTheEarliestFreeStartMore() {
		// u = 1: raw weights 0.25, 0.70, 0.10, 0.10 (sum 1.15) -> 5/23, 14/23, 2/23, 2/23
		Scoring.Weights weights = Scoring.weights(DEFAULTS, 1);
		assertThat(weights.urgency()).isCloseTo(5.0 / 23, within(1e-12));
		assertThat(weights.distance()).isCloseTo(14.0 / 23, within(1e-12));
		assertThat(weights.load()).isCloseTo(2.0 / 23, within(1e-12));
		// A: 5/23 x (1 - 48/72) + 14/23 x 0.6 + 2/23 x 0.9 + 2/23 x 0.95 = 0.59855
		List<Scoring.Factor> a = Scoring.factors(weights, 48.0, 72, 40, 100, 0.1, 4.8);
		// B: 5/23 x (1 - 1/72) + 14/23 x 0.95 + 2/23 x 0.2 + 2/23 x 0.7 = 0.87089
		List<Scoring.Factor> b = Scoring.factors(weights, 1.0, 72, 5, 100, 0.8, 3.8);
		assertThat(Scoring.score(a)).isCloseTo(0.598551, within(1e-6));
		assertThat(Scoring.score(b)).isCloseTo(0.870894, within(1e-6));
	}

	@Test
	void eachFactorExplainsItsRawValueNormalisedValueWeightAndContribution() {
		Scoring.Weights weights = Scoring.weights(DEFAULTS, 1);
		List<Scoring.Factor> b = Scoring.factors(weights, 1.0, 72, 5, 100, 0.8, 3.8);
		assertThat(b).extracting(Scoring.Factor::name)
			.containsExactly(Scoring.URGENCY, Scoring.DISTANCE, Scoring.LOAD, Scoring.RATING);
		Scoring.Factor distance = b.get(1);
		assertThat(distance.raw()).isEqualTo(5);
		assertThat(distance.normalised()).isCloseTo(0.95, within(1e-12));
		assertThat(distance.weight()).isCloseTo(14.0 / 23, within(1e-12));
		assertThat(distance.contribution()).isCloseTo(14.0 / 23 * 0.95, within(1e-12));
		assertThat(b.stream().mapToDouble(Scoring.Factor::contribution).sum()).isEqualTo(Scoring.score(b));
		assertThat(b.stream().mapToDouble(Scoring.Factor::weight).sum()).isCloseTo(1, within(1e-12));
	}

	@Test
	void aDealerWithNoFreeStartInTheWindowGetsNothingForUrgency() {
		List<Scoring.Factor> none = Scoring.factors(Scoring.weights(DEFAULTS, 1), null, 72, 5, 100, 0.8, 3.8);
		assertThat(none.get(0).raw()).isEqualTo(-1);
		assertThat(none.get(0).contribution()).isZero();
	}

	@Test
	void urgencyIsTheLargerOfTheFaultAndHowOverdueTheServiceIs() {
		assertThat(Scoring.urgency(FaultSeverity.NONE, null)).isZero();
		assertThat(Scoring.urgency(FaultSeverity.HIGH, null)).isEqualTo(0.75);
		// 15,000 km since a service due every 10,000: half an interval over
		assertThat(Scoring.urgency(FaultSeverity.LOW, 1.5)).isEqualTo(0.5);
		// not yet due
		assertThat(Scoring.urgency(FaultSeverity.NONE, 0.8)).isZero();
		assertThat(Scoring.urgency(FaultSeverity.MEDIUM, 3.0)).isEqualTo(1);
	}

	@Test
	void overdueRatioTakesTheLargerOfDistanceAndTimeSinceTheLastService() {
		java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 25);
		RecommendationRequest request = new RecommendationRequest(null, "E5", null, "MAINT-MINOR", null, 25_000, 10_000,
				today.minusMonths(6), null, null, null);
		// 15,000 km of 10,000 = 1.5; about 6 of 12 months = 0.5
		assertThat(DealerRecommendations.overdueRatio(request, 10_000, 12, today)).isCloseTo(1.5, within(1e-9));
		RecommendationRequest old = new RecommendationRequest(null, "E5", null, "MAINT-MINOR", null, null, null,
				today.minusMonths(18), null, null, null);
		assertThat(DealerRecommendations.overdueRatio(old, 10_000, 12, today)).isCloseTo(1.5, within(0.01));
		assertThat(DealerRecommendations.overdueRatio(old, 10_000, null, today)).isNull();
	}

}
