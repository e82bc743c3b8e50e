package io.forecourt.leads.routing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.identity.CustomerDealers;
import io.forecourt.kernel.security.Role;
import io.forecourt.leads.LeadAssigned;
import io.forecourt.leads.routing.RoutingData.ConsultantFigures;
import io.forecourt.leads.routing.RoutingData.LeadToRoute;
import io.forecourt.leads.sla.SlaPolicies;
import io.forecourt.network.DealerNetwork;
import io.forecourt.network.StaffSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Hands a lead (locked by the caller, as is its dealer's capacity row) to a dealer and
 * one of its consultants, and says so: the assignment record, the customer's link to the
 * dealer (so its staff may see the customer) and {@link LeadAssigned}, all in the
 * caller's transaction.
 */
@Component
class Assignments {

	private final RoutingData data;

	private final DealerNetwork network;

	private final CustomerDealers customers;

	private final SlaPolicies sla;

	private final ApplicationEventPublisher events;

	Assignments(RoutingData data, DealerNetwork network, CustomerDealers customers, SlaPolicies sla,
			ApplicationEventPublisher events) {
		this.data = data;
		this.network = network;
		this.customers = customers;
		this.sla = sla;
		this.events = events;
	}

	/**
	 * Gives a pooled (or transferred) lead to the dealer, picks the consultant and starts
	 * the first-contact clock for the lead's grade.
	 */
	RoutingOutcome assignToDealer(LeadToRoute lead, UUID dealerId, String reason, String explanation, Instant now) {
		Optional<ConsultantLoad> consultant = nextConsultant(dealerId);
		UUID consultantId = consultant.map(ConsultantLoad::staffId).orElse(null);
		String why = explanation + consultant
			.map(c -> " | consultant " + c.name() + " (" + c.openLeads() + " open, weight " + c.weight() + ")")
			.orElse(" | no active consultant: the manager assigns");
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

	/** The active consultant of the dealer next in turn, if it has any. */
	Optional<ConsultantLoad> nextConsultant(UUID dealerId) {
		List<StaffSummary> staff = this.network.activeStaff(dealerId, Role.SALES_CONSULTANT);
		Map<UUID, ConsultantFigures> figures = this.data.consultantFigures(dealerId,
				staff.stream().map(StaffSummary::id).toList());
		return ConsultantChoice.next(staff.stream().map(s -> load(s, figures.get(s.id()))).toList());
	}

	private static ConsultantLoad load(StaffSummary staff, @Nullable ConsultantFigures figures) {
		return figures == null ? new ConsultantLoad(staff.id(), staff.name(), 1, 0, null) : new ConsultantLoad(
				staff.id(), staff.name(), figures.weight(), figures.openLeads(), figures.lastAssignedAt());
	}

}
