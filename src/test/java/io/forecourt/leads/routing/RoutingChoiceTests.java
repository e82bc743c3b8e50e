package io.forecourt.leads.routing;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.geo.CityCode;
import io.forecourt.kernel.geo.GeoPoint;
import io.forecourt.network.DealerStatus;
import io.forecourt.network.DealerSummary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure decisions: which dealer of a strategy's candidates, which consultant. */
class RoutingChoiceTests {

	private static final RoutingWeights WEIGHTS = new RoutingWeights(60, 40, 30, 40, 0);

	private static final RoutingRule CITY = new RoutingRule("same-city", 30, RoutingStrategy.SAME_CITY, "", true, 0,
			Instant.EPOCH);

	private static final RoutingRule PREFERRED = new RoutingRule("preferred-dealer", 10,
			RoutingStrategy.PREFERRED_DEALER, "", true, 0, Instant.EPOCH);

	@Test
	void moreFreeCapacityWinsAndTheExplanationShowsEveryScore() {
		DealerCandidate busy = candidate("SH-001", 40, 30, 0, 0);
		DealerCandidate quiet = candidate("SH-002", 40, 10, 0, 0);
		var chosen = DealerChoice.choose(CITY, List.of(busy, quiet), WEIGHTS).orElseThrow();
		assertThat(chosen.dealerId()).isEqualTo(quiet.dealer().id());
		// 60 × 30/40 + 40 × 1/1 = 85.0; 60 × 10/40 + 40 = 55.0
		assertThat(chosen.explanation())
			.isEqualTo("same-city: SH-002 chosen of" + " SH-002 85.0 (capacity 30/40 free ×60, SLA 100% ×40);"
					+ " SH-001 55.0 (capacity 10/40 free ×60, SLA 100% ×40)");
	}

	@Test
	void aPoorSlaRecordCanOutweighFreeCapacity() {
		// 60 × 0.5 + 40 × (1/11) = 33.6 against 60 × 0.25 + 40 × (11/11) = 55.0
		DealerCandidate late = candidate("SH-001", 40, 20, 10, 10);
		DealerCandidate punctual = candidate("SH-002", 40, 30, 10, 0);
		assertThat(DealerChoice.choose(CITY, List.of(late, punctual), WEIGHTS).orElseThrow().dealerId())
			.isEqualTo(punctual.dealer().id());
	}

	@Test
	void fullAndPausedDealersAreSkippedUnlessTheCustomerNamedTheFullOne() {
		DealerCandidate full = candidate("SH-001", 10, 10, 0, 0);
		DealerCandidate paused = new DealerCandidate(dealer("SH-002"), 10, false, 0, 0, 0);
		assertThat(DealerChoice.choose(CITY, List.of(full, paused), WEIGHTS)).isEmpty();
		assertThat(DealerChoice.whyNone(CITY, List.of(full, paused)))
			.isEqualTo("same-city: SH-001 at capacity 10/10, SH-002 paused");
		assertThat(DealerChoice.choose(PREFERRED, List.of(full), WEIGHTS)).isPresent();
		assertThat(DealerChoice.choose(PREFERRED, List.of(paused), WEIGHTS)).isEmpty();
	}

	@Test
	void equalScoresGoToTheDealerWithTheSmallerDayThenByCode() {
		DealerCandidate b = candidate("SH-B", 20, 5, 0, 0);
		DealerCandidate a = candidate("SH-A", 20, 5, 0, 0);
		assertThat(DealerChoice.choose(CITY, List.of(b, a), WEIGHTS).orElseThrow().dealerId())
			.isEqualTo(a.dealer().id());
	}

	@Test
	void theConsultantWithTheLeastLoadPerWeightGoesNextAndEqualsTakeTurns() {
		ConsultantLoad light = new ConsultantLoad(UUID.randomUUID(), "light", 1, 2,
				Instant.parse("2026-11-20T10:00:00Z"));
		ConsultantLoad heavyButWeighted = new ConsultantLoad(UUID.randomUUID(), "senior", 3, 5,
				Instant.parse("2026-11-20T09:00:00Z"));
		ConsultantLoad paused = new ConsultantLoad(UUID.randomUUID(), "on leave", 0, 0, null);
		// 5/3 < 2/1
		assertThat(ConsultantChoice.next(List.of(light, heavyButWeighted, paused))).contains(heavyButWeighted);
		ConsultantLoad waitedLonger = new ConsultantLoad(UUID.randomUUID(), "a", 1, 1,
				Instant.parse("2026-11-20T08:00:00Z"));
		ConsultantLoad justGotOne = new ConsultantLoad(UUID.randomUUID(), "b", 1, 1,
				Instant.parse("2026-11-20T11:00:00Z"));
		assertThat(ConsultantChoice.next(List.of(justGotOne, waitedLonger))).contains(waitedLonger);
		assertThat(ConsultantChoice.next(List.of(paused))).isEmpty();
	}

	private static DealerCandidate candidate(String code, int capacity, int routedToday, int assigned, int breached) {
		return new DealerCandidate(dealer(code), capacity, true, routedToday, assigned, breached);
	}

	private static DealerSummary dealer(String code) {
		return new DealerSummary(UUID.nameUUIDFromBytes(code.getBytes()), UUID.randomUUID(), code, code, code,
				new CityCode("310100"), new GeoPoint(31.2, 121.4), Set.of("Huaxia"), 4, DealerStatus.ACTIVE);
	}

}
