package io.forecourt.leads.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.tenancy.RegionDirectory;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.leads.LeadStatus;
import io.forecourt.leads.routing.RoutingData.LeadToRoute;
import io.forecourt.network.DealerNetwork;
import io.forecourt.network.DealerSummary;
import io.forecourt.network.StaffSummary;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hand-overs people make: a dealer manager gives a lead to another of the dealer's
 * consultants; HQ moves a lead to another dealer or routes a pooled lead now. Every
 * hand-over is audited, recorded and announced with
 * {@link io.forecourt.leads.LeadAssigned}.
 */
@Service
@Transactional
@PreAuthorize("hasAuthority('PERM_LEAD_ASSIGN')")
public class LeadHandOver {

	private static final String RESOURCE = "lead";

	private final RoutingData data;

	private final DealerIntake intake;

	private final Assignments assignments;

	private final LeadRouting routing;

	private final DealerNetwork network;

	private final RegionDirectory regions;

	private final AuditLog audit;

	private final Clock clock;

	LeadHandOver(RoutingData data, DealerIntake intake, Assignments assignments, LeadRouting routing,
			DealerNetwork network, RegionDirectory regions, AuditLog audit, Clock clock) {
		this.data = data;
		this.intake = intake;
		this.assignments = assignments;
		this.routing = routing;
		this.network = network;
		this.regions = regions;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Gives the lead to another active consultant of its dealer. The first-contact clock
	 * runs on: a hand-over does not buy the dealer time.
	 */
	public RoutingOutcome reassign(UUID leadId, UUID consultantId, String note) {
		LeadToRoute lead = visibleLead(leadId);
		UUID dealerId = lead.dealerId();
		if (dealerId == null) {
			throw ProblemException.conflict("The lead is in the HQ pool; route it or move it to a dealer first");
		}
		requireOpen(lead);
		StaffSummary consultant = this.network.activeStaff(dealerId, Role.SALES_CONSULTANT)
			.stream()
			.filter(s -> s.id().equals(consultantId))
			.findFirst()
			.orElseThrow(() -> ProblemException.validation("consultantId",
					"is not an active sales consultant of the lead's dealer"));
		if (consultantId.equals(lead.consultantId())) {
			return new RoutingOutcome(leadId, true, dealerId, consultantId, "already with " + consultant.name());
		}
		this.intake.lockDealer(dealerId);
		this.assignments.changeConsultant(lead, dealerId, consultant, note.strip(), this.clock.instant());
		this.audit.recordChange(AuditAction.UPDATE, RESOURCE, leadId, "re-assigned to consultant " + consultantId);
		return new RoutingOutcome(leadId, true, dealerId, consultantId, "re-assigned to " + consultant.name());
	}

	/**
	 * Moves the lead to another dealer (HQ only), which gets a fresh first-contact clock
	 * and picks the consultant by its usual turn.
	 */
	public RoutingOutcome transfer(UUID leadId, UUID dealerId, String note) {
		requireHq();
		LeadToRoute lead = visibleLead(leadId);
		requireOpen(lead);
		if (dealerId.equals(lead.dealerId())) {
			throw ProblemException.conflict("The lead is already with that dealer");
		}
		DealerSummary dealer = this.network.dealer(dealerId)
			.filter(DealerSummary::isActive)
			.orElseThrow(() -> ProblemException.validation("dealerId", "is not an active dealer"));
		if (!dealer.brands().isEmpty() && !dealer.brands().contains(lead.brand())) {
			throw ProblemException.validation("dealerId", "does not sell " + lead.brand());
		}
		this.intake.lockDealer(dealerId);
		Instant now = this.clock.instant();
		RoutingOutcome outcome = this.assignments.assignToDealer(lead, dealerId, "TRANSFERRED",
				"moved by HQ to " + dealer.code() + (note.isBlank() ? "" : ": " + note.strip()), now);
		this.audit.recordChange(AuditAction.UPDATE, RESOURCE, leadId, "moved to dealer " + dealer.code());
		return outcome;
	}

	/**
	 * Routes a lead in the HQ pool now (HQ only), e.g. after a dealer's capacity grew.
	 */
	public RoutingOutcome routeNow(UUID leadId) {
		requireHq();
		LeadToRoute lead = visibleLead(leadId);
		if (lead.status() != LeadStatus.NEW || lead.dealerId() != null) {
			throw ProblemException.conflict("Only a lead in the HQ pool can be routed; it is " + lead.status());
		}
		if (lead.customerId() == null) {
			throw ProblemException.conflict("The lead has no customer (invalid or junk) and is not routed");
		}
		RoutingOutcome outcome = this.routing.route(leadId);
		this.audit.recordChange(AuditAction.UPDATE, RESOURCE, leadId,
				outcome.routed() ? "routed to dealer " + outcome.dealerId() : "routing found no dealer");
		return outcome;
	}

	private LeadToRoute visibleLead(UUID leadId) {
		LeadToRoute lead = this.data.lock(leadId).orElseThrow(() -> this.audit.notFound(RESOURCE, leadId, false));
		AccessScope scope = CurrentAccess.scope();
		UUID dealerId = lead.dealerId();
		UUID regionId = dealerId == null ? null : this.regions.regionOf(dealerId).orElse(null);
		if (!scope.covers(dealerId, regionId)) {
			throw this.audit.notFound(RESOURCE, leadId, true);
		}
		return lead;
	}

	private static void requireOpen(LeadToRoute lead) {
		if (!lead.status().isOpen()) {
			throw ProblemException.conflict("The lead is " + lead.status() + " and no longer handed over");
		}
		if (lead.status() == LeadStatus.DEFEAT_PENDING) {
			throw ProblemException.conflict("The lead waits for a defeat decision; decide that first");
		}
	}

	private static void requireHq() {
		if (!CurrentAccess.scope().isAll()) {
			throw new ProblemException(ProblemType.FORBIDDEN,
					"Only HQ moves leads between dealers and routes the pool");
		}
	}

}
