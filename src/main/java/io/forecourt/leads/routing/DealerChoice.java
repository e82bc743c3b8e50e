package io.forecourt.leads.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Picks the dealer among one strategy's candidates and says why, e.g.
 * {@code same-city: SH001 62.0 (capacity 36/40 ×60 = 54.0, SLA 90% ×40 = 36.0) ...}.
 */
final class DealerChoice {

	private DealerChoice() {
	}

	record Chosen(UUID dealerId, String explanation) {
	}

	/**
	 * @param candidates active dealers selling the lead's brand that the strategy found
	 * @return empty when none can take the lead, with the reason given by
	 * {@link #whyNone}
	 */
	static Optional<Chosen> choose(RoutingRule rule, List<DealerCandidate> candidates, RoutingWeights weights) {
		List<DealerCandidate> eligible = candidates.stream()
			.filter(DealerCandidate::accepting)
			.filter(c -> rule.strategy().namesOneDealer() || c.hasCapacity())
			.toList();
		if (eligible.isEmpty()) {
			return Optional.empty();
		}
		Comparator<DealerCandidate> best = Comparator.comparingDouble((DealerCandidate c) -> score(c, weights))
			.reversed()
			.thenComparingInt(DealerCandidate::routedToday)
			.thenComparing(c -> c.dealer().code());
		List<DealerCandidate> ranked = eligible.stream().sorted(best).toList();
		DealerCandidate chosen = ranked.get(0);
		String scores = ranked.stream().map(c -> describe(c, weights)).collect(Collectors.joining("; "));
		return Optional
			.of(new Chosen(chosen.dealer().id(), rule.id() + ": " + chosen.dealer().code() + " chosen of " + scores));
	}

	/** Why a strategy found nobody, for the routing explanation. */
	static String whyNone(RoutingRule rule, List<DealerCandidate> candidates) {
		if (candidates.isEmpty()) {
			return rule.id() + ": no active dealer for the brand";
		}
		return rule.id() + ": "
				+ candidates.stream()
					.map(c -> c.dealer().code()
							+ (c.accepting() ? " at capacity " + c.routedToday() + "/" + c.dailyCapacity() : " paused"))
					.collect(Collectors.joining(", "));
	}

	static double score(DealerCandidate candidate, RoutingWeights weights) {
		return weights.capacityWeight() * candidate.freeShare() + weights.slaWeight() * candidate.onTimeShare();
	}

	private static String describe(DealerCandidate c, RoutingWeights weights) {
		return String.format(Locale.ROOT, "%s %.1f (capacity %d/%d free ×%d, SLA %.0f%% ×%d)", c.dealer().code(),
				score(c, weights), Math.max(0, c.dailyCapacity() - c.routedToday()), c.dailyCapacity(),
				weights.capacityWeight(), 100 * c.onTimeShare(), weights.slaWeight());
	}

}
