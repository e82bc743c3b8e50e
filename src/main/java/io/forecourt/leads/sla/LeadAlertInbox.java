package io.forecourt.leads.sla;

import java.time.Clock;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.jdbc.Where;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.tenancy.RegionDirectory;
import io.forecourt.kernel.tenancy.ScopePredicate;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alerts of the dealers in the caller's scope: a dealer manager reads their own
 * dealer's, HQ everyone's.
 */
@Service
@PreAuthorize("hasAuthority('PERM_LEAD_MANAGE')")
public class LeadAlertInbox {

	static final String ALERT = "lead-alert";

	private final LeadAlerts alerts;

	private final RegionDirectory regions;

	private final AuditLog audit;

	private final Clock clock;

	LeadAlertInbox(LeadAlerts alerts, RegionDirectory regions, AuditLog audit, Clock clock) {
		this.alerts = alerts;
		this.regions = regions;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Newest first.
	 * @param read true for read alerts only, false for unread ones only, null for all
	 */
	@Transactional(readOnly = true)
	public Page<LeadAlert> find(@Nullable Boolean read, @Nullable LeadAlertKind kind, PageRequest page) {
		Where where = Where.scoped(scope())
			.and("(CASE WHEN a.read_at IS NULL THEN 'UNREAD' ELSE 'READ' END) = :readState", "readState",
					read == null ? null : read ? "READ" : "UNREAD")
			.and("a.kind = :kind", "kind", kind == null ? null : kind.name());
		return Page.of(this.alerts.find(where, page), page, this.alerts.count(where));
	}

	/**
	 * @throws io.forecourt.kernel.web.ProblemException not found, also outside the scope
	 */
	@Transactional
	public LeadAlert markRead(UUID id) {
		this.alerts.findVisible(id, scope()).orElseThrow(() -> this.audit.notFound(ALERT, id, this.alerts.exists(id)));
		this.alerts.markRead(id, this.clock.instant());
		this.audit.recordChange(AuditAction.UPDATE, ALERT, id, "read");
		return this.alerts.findVisible(id, scope()).orElseThrow();
	}

	private ScopePredicate scope() {
		return ScopePredicate.ofDealer(CurrentAccess.scope(), "a.dealer_id", this.regions);
	}

}
