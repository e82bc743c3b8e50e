package io.forecourt.leads.routing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.tenancy.RegionDirectory;
import io.forecourt.kernel.tenancy.ScopePredicate;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every hand-over of a lead, oldest first, for those who may read the lead. */
@Service
public class AssignmentHistory {

	/**
	 * @param dealerId null when the lead went to (or stayed in) the HQ pool
	 * @param reason ROUTED, UNROUTED, REASSIGNED, TRANSFERRED, RECLAIMED or REACTIVATED
	 * @param explanation how routing decided, or the note of whoever handed it over
	 */
	public record Entry(@Nullable UUID dealerId, @Nullable UUID consultantId, String reason, String explanation,
			String assignedBy, Instant assignedAt) {
	}

	private final JdbcClient jdbc;

	private final RegionDirectory regions;

	private final AuditLog audit;

	AssignmentHistory(JdbcClient jdbc, RegionDirectory regions, AuditLog audit) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_LEAD_READ')")
	public List<Entry> of(UUID leadId) {
		ScopePredicate scope = ScopePredicate.ofDealer(CurrentAccess.scope(), "l.dealer_id", this.regions);
		boolean visible = this.jdbc.sql("SELECT count(*) FROM leads l WHERE l.id = :id AND " + scope.sql())
			.params(scope.params())
			.param("id", leadId)
			.query(Long.class)
			.single() > 0;
		if (!visible) {
			boolean exists = this.jdbc.sql("SELECT count(*) FROM leads WHERE id = ?")
				.param(leadId)
				.query(Long.class)
				.single() > 0;
			throw this.audit.notFound("lead", leadId, exists);
		}
		return this.jdbc.sql("SELECT * FROM lead_assignments WHERE lead_id = ? ORDER BY assigned_at, id")
			.param(leadId)
			.query((rs, n) -> new Entry(rs.getObject("dealer_id", UUID.class),
					rs.getObject("consultant_id", UUID.class), rs.getString("reason"), rs.getString("explanation"),
					rs.getString("assigned_by"), rs.getTimestamp("assigned_at").toInstant()))
			.list();
	}

}
