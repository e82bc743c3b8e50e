package io.forecourt.leads.routing;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Weighted round-robin by open load: the consultant with the fewest open leads per unit
 * of weight gets the next one; among equals, whoever waited longest since their last
 * lead, which makes equal loads take turns.
 */
final class ConsultantChoice {

	private static final Comparator<ConsultantLoad> NEXT = Comparator.comparingDouble(ConsultantLoad::loadPerWeight)
		.thenComparing(ConsultantLoad::lastAssignedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
		.thenComparing(ConsultantLoad::staffId);

	private ConsultantChoice() {
	}

	static Optional<ConsultantLoad> next(List<ConsultantLoad> consultants) {
		return consultants.stream().filter(c -> c.weight() > 0).min(NEXT);
	}

}
