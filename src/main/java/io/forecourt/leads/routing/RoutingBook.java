package io.forecourt.leads.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import io.forecourt.leads.routing.DealerIntake.DealerFigures;
import io.forecourt.leads.routing.RoutingData.LeadToRoute;
import io.forecourt.leads.routing.RoutingData.PastLead;
import io.forecourt.network.DealerSummary;

/**
 * The figures routing decides by, read once for a set of leads and moved on in memory
 * after each decision exactly as the database would show them to the next lead: the
 * dealer's day and recent intake grow by one, the consultant's open load by one with the
 * time of the assignment, and the lead becomes its customer's most recent lead with a
 * dealer. Deciding a chunk of leads against it gives what deciding them one after the
 * other, re-reading the database each time, would.
 */
final class RoutingBook implements RoutingDecisions.Figures {

	private final Map<UUID, DealerFigures> dealers;

	private final Function<UUID, List<ConsultantLoad>> consultantLoads;

	private final Map<UUID, List<ConsultantLoad>> consultants = new HashMap<>();

	private final Map<UUID, List<PastLead>> pastLeads;

	/**
	 * @param dealers the figures of every dealer a decision may weigh (held by the
	 * caller's transaction)
	 * @param consultantLoads reads a dealer's active consultants with their loads, the
	 * first time that dealer is chosen
	 * @param pastLeads the customers' leads that had a dealer
	 */
	RoutingBook(Map<UUID, DealerFigures> dealers, Function<UUID, List<ConsultantLoad>> consultantLoads,
			Map<UUID, List<PastLead>> pastLeads) {
		this.dealers = new HashMap<>(dealers);
		this.consultantLoads = consultantLoads;
		this.pastLeads = new HashMap<>();
		pastLeads.forEach((customer, leads) -> this.pastLeads.put(customer, new ArrayList<>(leads)));
	}

	@Override
	public DealerCandidate candidate(DealerSummary dealer) {
		DealerFigures f = this.dealers.get(dealer.id());
		if (f == null) {
			throw new IllegalStateException("dealer " + dealer.code() + " was not read before deciding");
		}
		// breaches count only among the leads of the lookback
		return new DealerCandidate(dealer, f.dailyCapacity(), f.accepting(), f.routedToday(), f.assignedRecently(),
				Math.min(f.breached(), f.assignedRecently()));
	}

	@Override
	public List<ConsultantLoad> consultants(UUID dealerId) {
		return this.consultants.computeIfAbsent(dealerId, this.consultantLoads);
	}

	@Override
	public Optional<UUID> previousDealer(UUID customerId, UUID exceptLead) {
		PastLead latest = null;
		for (PastLead past : this.pastLeads.getOrDefault(customerId, List.of())) {
			if (!past.leadId().equals(exceptLead)
					&& (latest == null || !past.capturedAt().isBefore(latest.capturedAt()))) {
				latest = past;
			}
		}
		return Optional.ofNullable(latest).map(PastLead::dealerId);
	}

	/** Moves the figures on by a decision that gave the lead to a dealer at that time. */
	void assigned(LeadToRoute lead, RoutingDecisions.Decision decision, Instant at) {
		UUID dealerId = decision.dealerId();
		if (dealerId == null) {
			return;
		}
		this.dealers.computeIfPresent(dealerId, (id, f) -> new DealerFigures(f.dailyCapacity(), f.accepting(),
				f.routedToday() + 1, f.assignedRecently() + 1, f.breached()));
		UUID consultantId = decision.consultantId();
		if (consultantId != null) {
			this.consultants.computeIfPresent(dealerId,
					(id, loads) -> loads.stream()
						.map(c -> c.staffId().equals(consultantId)
								? new ConsultantLoad(c.staffId(), c.name(), c.weight(), c.openLeads() + 1, at) : c)
						.toList());
		}
		UUID customerId = lead.customerId();
		if (customerId != null) {
			this.pastLeads.computeIfAbsent(customerId, c -> new ArrayList<>())
				.add(new PastLead(lead.id(), dealerId, lead.capturedAt()));
		}
	}

}
