package io.forecourt.leads.routing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.forecourt.leads.routing.RoutingData.LeadToRoute;
import io.forecourt.network.DealerSummary;
import org.jspecify.annotations.Nullable;

/**
 * Where a pooled lead goes, decided in memory from the figures routing read: the
 * strategies HQ ordered are tried in turn, each finding its dealers among the active ones
 * selling the lead's brand (never one the lead was reclaimed from), the first whose
 * candidates include one able to take the lead wins ({@link DealerChoice}), and the
 * dealer's consultant next in turn gets it ({@link ConsultantChoice}). Free of the
 * database: routing one lead and routing a chunk of an import decide with this, the
 * latter against figures it moves on itself after each lead.
 */
final class RoutingDecisions {

	private RoutingDecisions() {
	}

	/**
	 * A lead in the pool with what routing knows of it beyond its row.
	 *
	 * @param reclaimedFrom dealers it was reclaimed from
	 * @param preferredDealer the dealer its customer chose, if any
	 */
	record Pooled(LeadToRoute lead, Set<UUID> reclaimedFrom, @Nullable UUID preferredDealer) {

		Pooled {
			reclaimedFrom = Set.copyOf(reclaimedFrom);
		}

	}

	/** What a decision reads: the figures of dealers, consultants and customers. */
	interface Figures {

		/** The dealer with its intake figures as they stand. */
		DealerCandidate candidate(DealerSummary dealer);

		/** The dealer's active consultants with their loads. */
		List<ConsultantLoad> consultants(UUID dealerId);

		/** The dealer of the customer's most recent other lead that had one. */
		Optional<UUID> previousDealer(UUID customerId, UUID exceptLead);

	}

	/**
	 * Where the lead goes.
	 *
	 * @param dealerId null when no dealer can take it: it stays in the HQ pool
	 * @param consultant null when the dealer has no active consultant (its manager
	 * assigns)
	 * @param explanation every strategy tried, how its candidates scored, and the
	 * consultant
	 */
	record Decision(UUID leadId, @Nullable UUID dealerId, @Nullable ConsultantLoad consultant, String explanation) {

		boolean routed() {
			return this.dealerId != null;
		}

		@Nullable UUID consultantId() {
			return this.consultant == null ? null : this.consultant.staffId();
		}

	}

	static Decision decide(Pooled pooled, RoutingSnapshot.Loaded loaded, Figures figures) {
		LeadToRoute lead = pooled.lead();
		List<DealerSummary> eligible = eligible(pooled, loaded);
		List<String> notes = new ArrayList<>();
		if (!pooled.reclaimedFrom().isEmpty()) {
			notes.add("excluded after reclaim: " + pooled.reclaimedFrom().size() + " dealer(s)");
		}
		for (RoutingRule rule : loaded.activeRules()) {
			List<DealerCandidate> candidates = find(rule.strategy(), pooled, eligible, figures).stream()
				.map(figures::candidate)
				.toList();
			Optional<DealerChoice.Chosen> chosen = DealerChoice.choose(rule, candidates, loaded.weights());
			if (chosen.isEmpty()) {
				notes.add(DealerChoice.whyNone(rule, candidates));
				continue;
			}
			notes.add(chosen.get().explanation());
			UUID dealerId = chosen.get().dealerId();
			Optional<ConsultantLoad> consultant = ConsultantChoice.next(figures.consultants(dealerId));
			return new Decision(lead.id(), dealerId, consultant.orElse(null),
					String.join(" | ", notes) + consultantNote(consultant));
		}
		return new Decision(lead.id(), null, null,
				notes.isEmpty() ? "no active routing rule" : String.join(" | ", notes));
	}

	/**
	 * Every dealer a decision on the lead may weigh: those routing must hold before it
	 * reads their figures. A previous dealer that only a lead decided beforehand gives is
	 * among the dealers that lead's decision weighed.
	 */
	static Set<UUID> dealersToWeigh(Pooled pooled, RoutingSnapshot.Loaded loaded, Figures figures) {
		List<DealerSummary> eligible = eligible(pooled, loaded);
		Set<UUID> dealers = new LinkedHashSet<>();
		for (RoutingRule rule : loaded.activeRules()) {
			find(rule.strategy(), pooled, eligible, figures).forEach(d -> dealers.add(d.id()));
		}
		return dealers;
	}

	/** How the consultant was picked, as the assignment's explanation ends. */
	static String consultantNote(Optional<ConsultantLoad> consultant) {
		return consultant
			.map(c -> " | consultant " + c.name() + " (" + c.openLeads() + " open, weight " + c.weight() + ")")
			.orElse(" | no active consultant: the manager assigns");
	}

	/** Active dealers selling the lead's brand that it was never reclaimed from. */
	private static List<DealerSummary> eligible(Pooled pooled, RoutingSnapshot.Loaded loaded) {
		String brand = pooled.lead().brand();
		return loaded.activeDealers()
			.stream()
			.filter(d -> d.brands().isEmpty() || d.brands().contains(brand))
			.filter(d -> !pooled.reclaimedFrom().contains(d.id()))
			.toList();
	}

	private static List<DealerSummary> find(RoutingStrategy strategy, Pooled pooled, List<DealerSummary> eligible,
			Figures figures) {
		LeadToRoute lead = pooled.lead();
		UUID customerId = lead.customerId();
		return switch (strategy) {
			case PREFERRED_DEALER -> withId(Optional.ofNullable(pooled.preferredDealer()), eligible);
			case PREVIOUS_DEALER ->
				customerId == null ? List.of() : withId(figures.previousDealer(customerId, lead.id()), eligible);
			// a district code (310115, Pudong) belongs to its city (310100): the first
			// four digits name the city, the first two the province
			case SAME_CITY -> sharingPrefix(lead.cityCode(), 4, eligible);
			case SAME_PROVINCE -> sharingPrefix(lead.cityCode(), 2, eligible);
		};
	}

	private static List<DealerSummary> sharingPrefix(@Nullable String cityCode, int digits,
			List<DealerSummary> eligible) {
		if (cityCode == null || cityCode.length() < digits) {
			return List.of();
		}
		String prefix = cityCode.substring(0, digits);
		return eligible.stream().filter(d -> d.city().value().startsWith(prefix)).toList();
	}

	private static List<DealerSummary> withId(Optional<UUID> id, List<DealerSummary> eligible) {
		return id.map(dealerId -> eligible.stream().filter(d -> d.id().equals(dealerId)).toList()).orElse(List.of());
	}

}
