package io.forecourt.leads.followup;

import java.util.UUID;

import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.tenancy.RegionDirectory;
import io.forecourt.kernel.tenancy.ScopePredicate;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;

import org.springframework.stereotype.Component;

/**
 * Who may work a lead. Seeing it is the data scope (dealer staff their dealer's leads, HQ
 * all): outside it a lead answers 404 and the attempt is audited. Working it (follow-ups,
 * re-grades, defeat proposals) is for the lead's own consultant, or anyone who manages
 * leads ({@code LEAD_MANAGE}: the dealer's managers, HQ). A colleague of the consultant
 * sees the lead but gets 403, which tells them nothing they do not know already.
 */
@Component
class LeadWorkAccess {

	static final String LEAD = "lead";

	private final LeadStates leads;

	private final RegionDirectory regions;

	private final AuditLog audit;

	LeadWorkAccess(LeadStates leads, RegionDirectory regions, AuditLog audit) {
		this.leads = leads;
		this.regions = regions;
		this.audit = audit;
	}

	/** The lead, within the caller's scope. */
	LeadState visible(UUID id) {
		return this.leads.findVisible(id, scope()).orElseThrow(() -> notFound(id));
	}

	/**
	 * The lead, locked for a change by the caller, who must be its consultant or manage
	 * leads.
	 */
	LeadState lockForWork(UUID id) {
		LeadState lead = this.leads.lockVisible(id, scope()).orElseThrow(() -> notFound(id));
		requireWorker(lead);
		return lead;
	}

	/**
	 * The lead, locked for a change by someone who manages leads (checked by the caller).
	 */
	LeadState lockForManager(UUID id) {
		return this.leads.lockVisible(id, scope()).orElseThrow(() -> notFound(id));
	}

	ScopePredicate scope() {
		return ScopePredicate.ofDealer(CurrentAccess.scope(), "l.dealer_id", this.regions);
	}

	ProblemException notFound(UUID id) {
		return this.audit.notFound(LEAD, id, this.leads.exists(id));
	}

	private void requireWorker(LeadState lead) {
		if (CurrentAccess.can(Permission.LEAD_MANAGE)) {
			return;
		}
		UUID staffId = CurrentAccess.principal().map(ForecourtPrincipal::staffId).orElse(null);
		if (staffId != null && staffId.equals(lead.consultantId())) {
			return;
		}
		this.audit.recordDenial(LEAD, lead.id(), "not the lead's consultant");
		throw new ProblemException(ProblemType.FORBIDDEN,
				"Only the lead's consultant or a manager may work lead " + lead.id());
	}

}
