package io.forecourt.leads.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.identity.CustomerDealers;
import io.forecourt.kernel.jdbc.BulkInsert;
import io.forecourt.kernel.security.Role;
import io.forecourt.leads.LeadAssigned;
import io.forecourt.leads.LeadsAssigned;
import io.forecourt.leads.routing.DealerIntake.ConsultantFigures;
import io.forecourt.leads.routing.RoutingData.LeadToRoute;
import io.forecourt.leads.sla.SlaPolicies;
import io.forecourt.network.DealerNetwork;
import io.forecourt.network.StaffSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Hands leads (locked by the caller, as are their dealers' capacity rows) to dealers and
 * consultants, and says so: the assignment records, the customer's link to the dealer (so
 * its staff may see the customer) and {@link LeadAssigned} or, for a chunk routed
 * together, {@link LeadsAssigned}, all in the caller's transaction.
 */
@Component
class Assignments {

	/**
	 * Leads per {@link LeadsAssigned}: an event stays small (about 150 KB) for the
	 * publication registry and a broker.
	 */
	static final int EVENT_SIZE = 500;

	/** The embedded H2's publication registry keeps at most 4,000 characters an event. */
	static final int EVENT_SIZE_H2 = 10;

	private final RoutingData data;

	private final DealerIntake intake;

	private final DealerNetwork network;

	private final CustomerDealers customers;

	private final SlaPolicies sla;

	private final ApplicationEventPublisher events;

	private final BulkInsert bulk;

	Assignments(RoutingData data, DealerIntake intake, DealerNetwork network, CustomerDealers customers,
			SlaPolicies sla, ApplicationEventPublisher events, BulkInsert bulk) {
		this.data = data;
		this.intake = intake;
		this.network = network;
		this.customers = customers;
		this.sla = sla;
		this.events = events;
		this.bulk = bulk;
	}

	/** A routing decision with the time it takes effect. */
	record Decided(LeadToRoute lead, RoutingDecisions.Decision decision, Instant at) {
	}

	/**
	 * Carries out routing decisions on pooled leads: those routed go to their dealer and
	 * consultant with a first-contact clock for their grade, the others stay in the pool
	 * with the attempt noted; every decision is recorded with its explanation.
	 * @param together announce the routed leads with {@link LeadsAssigned} rather than a
	 * {@link LeadAssigned} each
	 */
	List<RoutingOutcome> carryOut(List<Decided> decided, boolean together) {
		List<RoutingData.Assignment> assignments = new ArrayList<>();
		List<UUID> pooled = new ArrayList<>();
		List<RoutingData.AssignmentRecord> records = new ArrayList<>();
		List<LeadsAssigned.Entry> announced = new ArrayList<>();
		List<RoutingOutcome> outcomes = new ArrayList<>();
		String actor = LeadRouting.actor();
		Instant attempted = null;
		for (Decided d : decided) {
			RoutingDecisions.Decision decision = d.decision();
			UUID dealerId = decision.dealerId();
			if (dealerId == null) {
				pooled.add(d.lead().id());
				attempted = attempted == null || d.at().isAfter(attempted) ? d.at() : attempted;
				records.add(new RoutingData.AssignmentRecord(d.lead().id(), null, null, "UNROUTED",
						decision.explanation(), actor, d.at()));
				outcomes.add(new RoutingOutcome(d.lead().id(), false, null, null, decision.explanation()));
				continue;
			}
			Instant due = d.at().plus(this.sla.firstContact(d.lead().grade()));
			assignments.add(new RoutingData.Assignment(d.lead().id(), dealerId, decision.consultantId(), d.at(), due));
			records.add(new RoutingData.AssignmentRecord(d.lead().id(), dealerId, decision.consultantId(),
					LeadRouting.ROUTED, decision.explanation(), actor, d.at()));
			UUID customerId = d.lead().customerId();
			if (customerId != null) {
				announced.add(new LeadsAssigned.Entry(d.lead().id(), customerId, dealerId, decision.consultantId(), due,
						d.at()));
			}
			outcomes.add(
					new RoutingOutcome(d.lead().id(), true, dealerId, decision.consultantId(), decision.explanation()));
		}
		if (this.data.assignAll(assignments) != assignments.size()) {
			throw new IllegalStateException("a lead changed while locked");
		}
		if (attempted != null) {
			this.data.markAttempts(pooled, attempted);
		}
		this.data.recordAssignments(records);
		for (LeadsAssigned.Entry entry : announced) {
			this.customers.link(entry.customerId(), entry.dealerId(), "LEAD", entry.assignedAt());
		}
		announce(announced, together);
		return outcomes;
	}

	private void announce(List<LeadsAssigned.Entry> announced, boolean together) {
		if (!together) {
			announced.forEach(e -> this.events.publishEvent(new LeadAssigned(e.leadId(), e.customerId(), e.dealerId(),
					e.consultantId(), LeadRouting.ROUTED, e.firstContactDue(), e.assignedAt())));
			return;
		}
		int size = this.bulk.isPostgres() ? EVENT_SIZE : EVENT_SIZE_H2;
		for (int from = 0; from < announced.size(); from += size) {
			this.events
				.publishEvent(new LeadsAssigned(announced.subList(from, Math.min(announced.size(), from + size))));
		}
	}

	/**
	 * Gives a lead to the dealer (HQ moving it there), picks the consultant and starts
	 * the first-contact clock for the lead's grade.
	 */
	RoutingOutcome assignToDealer(LeadToRoute lead, UUID dealerId, String reason, String explanation, Instant now) {
		Optional<ConsultantLoad> consultant = ConsultantChoice.next(consultantLoads(dealerId));
		UUID consultantId = consultant.map(ConsultantLoad::staffId).orElse(null);
		String why = explanation + RoutingDecisions.consultantNote(consultant);
		Instant due = now.plus(this.sla.firstContact(lead.grade()));
		if (!this.data.assign(lead.id(), lead.status(), dealerId, consultantId, now, due)) {
			throw new IllegalStateException("lead " + lead.id() + " changed while locked");
		}
		this.data.recordAssignment(lead.id(), dealerId, consultantId, reason, why, LeadRouting.actor(), now);
		UUID customerId = lead.customerId();
		if (customerId != null) {
			this.customers.link(customerId, dealerId, "LEAD", now);
			this.events.publishEvent(new LeadAssigned(lead.id(), customerId, dealerId, consultantId, reason, due, now));
		}
		return new RoutingOutcome(lead.id(), true, dealerId, consultantId, why);
	}

	/** Gives the lead to another consultant of the same dealer; the SLA runs on. */
	void changeConsultant(LeadToRoute lead, UUID dealerId, StaffSummary consultant, String note, Instant now) {
		if (!this.data.changeConsultant(lead.id(), dealerId, consultant.id(), now)) {
			throw new IllegalStateException("lead " + lead.id() + " changed while locked");
		}
		this.data.recordAssignment(lead.id(), dealerId, consultant.id(), "REASSIGNED",
				"to " + consultant.name() + (note.isBlank() ? "" : ": " + note), LeadRouting.actor(), now);
		UUID customerId = lead.customerId();
		if (customerId != null) {
			this.events.publishEvent(new LeadAssigned(lead.id(), customerId, dealerId, consultant.id(), "REASSIGNED",
					lead.slaDueAt(), now));
		}
	}

	/**
	 * The dealer's active consultants (inactive staff are not asked) with their weights,
	 * open loads and last assignments.
	 */
	List<ConsultantLoad> consultantLoads(UUID dealerId) {
		List<StaffSummary> staff = this.network.activeStaff(dealerId, Role.SALES_CONSULTANT);
		Map<UUID, ConsultantFigures> figures = this.intake.consultantFigures(dealerId,
				staff.stream().map(StaffSummary::id).toList());
		return staff.stream().map(s -> load(s, figures.get(s.id()))).toList();
	}

	private static ConsultantLoad load(StaffSummary staff, @Nullable ConsultantFigures figures) {
		return figures == null ? new ConsultantLoad(staff.id(), staff.name(), 1, 0, null) : new ConsultantLoad(
				staff.id(), staff.name(), figures.weight(), figures.openLeads(), figures.lastAssignedAt());
	}

}
