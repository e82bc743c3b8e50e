package io.forecourt.leads.capture;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.contact.PhoneNumber;
import io.forecourt.kernel.jdbc.Where;
import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.tenancy.RegionDirectory;
import io.forecourt.kernel.tenancy.ScopePredicate;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.leads.LeadGrade;
import io.forecourt.leads.LeadStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leads as staff read them, within their scope: HQ sees all, dealer staff the leads
 * routed to their dealer (none until routing fills {@code dealer_id}).
 */
@Service
public class LeadReads {

	private static final String RESOURCE = "lead";

	private final JdbcClient jdbc;

	private final RegionDirectory regions;

	private final AuditLog audit;

	LeadReads(JdbcClient jdbc, RegionDirectory regions, AuditLog audit) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.audit = audit;
	}

	/**
	 * @throws io.forecourt.kernel.web.ProblemException not found, also outside the scope
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_LEAD_READ')")
	public LeadView view(UUID id) {
		ScopePredicate scope = ScopePredicate.ofDealer(CurrentAccess.scope(), "l.dealer_id", this.regions);
		boolean unmasked = CurrentAccess.can(Permission.PERSONAL_DATA);
		LeadView view = this.jdbc.sql("SELECT * FROM leads l WHERE l.id = :id AND " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query((rs, n) -> view(rs, unmasked))
			.optional()
			.orElseThrow(() -> this.audit.notFound(RESOURCE, id, exists(id)));
		if (unmasked) {
			this.audit.recordPersonalDataView(RESOURCE, id, null);
		}
		return view;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_LEAD_READ')")
	public Page<LeadView.Summary> find(@Nullable LeadStatus status, @Nullable String channel, @Nullable LeadGrade grade,
			PageRequest page) {
		Where where = Where.scoped(ScopePredicate.ofDealer(CurrentAccess.scope(), "l.dealer_id", this.regions))
			.and("l.status = :status", "status", status == null ? null : status.name())
			.and("l.channel = :channel", "channel", channel == null || channel.isBlank() ? null : channel)
			.and("l.grade = :grade", "grade", grade == null ? null : grade.name());
		long total = this.jdbc.sql("SELECT count(*) FROM leads l WHERE " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		var items = this.jdbc
			.sql("SELECT * FROM leads l WHERE " + where.sql()
					+ " ORDER BY l.captured_at DESC, l.id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
			.params(where.params())
			.param("offset", page.offset())
			.param("size", page.size())
			.query((rs, n) -> new LeadView.Summary(rs.getObject("id", UUID.class),
					rs.getObject("customer_id", UUID.class), rs.getObject("dealer_id", UUID.class),
					rs.getString("brand"), rs.getString("channel"), rs.getString("name"),
					masked(rs.getString("phone_e164")), LeadStatus.valueOf(rs.getString("status")),
					rs.getString("junk_reason"), grade(rs), instant(rs, "captured_at")))
			.list();
		return Page.of(items, page, total);
	}

	private LeadView view(ResultSet rs, boolean unmasked) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		String e164 = rs.getString("phone_e164");
		var sources = this.jdbc.sql("SELECT * FROM lead_sources WHERE lead_id = ? ORDER BY captured_at")
			.param(id)
			.query((s, n) -> new LeadView.Source(s.getString("channel"), s.getString("campaign"), utm(s),
					instant(s, "captured_at")))
			.list();
		var grades = this.jdbc.sql("SELECT * FROM lead_grade_history WHERE lead_id = ? ORDER BY changed_at")
			.param(id)
			.query((g, n) -> new LeadView.GradeChange(LeadGrade.valueOf(g.getString("grade").strip()),
					g.getInt("score"), g.getString("explanation"), g.getString("changed_by"), instant(g, "changed_at"),
					g.getString("reason")))
			.list();
		return new LeadView(id, rs.getObject("customer_id", UUID.class), rs.getObject("dealer_id", UUID.class),
				rs.getString("brand"), rs.getString("channel"), rs.getString("campaign"), utm(rs), rs.getString("name"),
				unmasked ? e164 : masked(e164), unmasked ? rs.getString("phone_raw") : null,
				rs.getBoolean("phone_valid"), LeadStatus.valueOf(rs.getString("status")), rs.getString("junk_reason"),
				rs.getString("model_of_interest"), rs.getString("city_code"), rs.getString("purchase_timeframe"),
				rs.getBoolean("test_drive_requested"), rs.getBigDecimal("budget"), rs.getBoolean("consent_marketing"),
				grade(rs), (Integer) rs.getObject("grade_score"), rs.getString("grade_explanation"),
				unmasked ? rs.getString("raw_payload") : null, instant(rs, "captured_at"), instant(rs, "updated_at"),
				rs.getLong("version"), sources, grades, handling(rs));
	}

	private static LeadView.Handling handling(ResultSet rs) throws SQLException {
		return new LeadView.Handling(rs.getObject("consultant_id", UUID.class), nullable(rs, "assigned_at"),
				nullable(rs, "sla_due_at"), rs.getInt("sla_breaches"), rs.getInt("reclaims"),
				nullable(rs, "next_action_at"), nullable(rs, "contacted_at"), nullable(rs, "visited_at"),
				nullable(rs, "test_driven_at"), nullable(rs, "ordered_at"), nullable(rs, "delivered_at"),
				nullable(rs, "defeated_at"));
	}

	private static @Nullable Instant nullable(ResultSet rs, String column) throws SQLException {
		java.sql.Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

	private boolean exists(UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM leads WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

	private static LeadView.Utm utm(ResultSet rs) throws SQLException {
		return new LeadView.Utm(rs.getString("utm_source"), rs.getString("utm_medium"), rs.getString("utm_campaign"),
				rs.getString("utm_content"), rs.getString("utm_term"));
	}

	private static @Nullable LeadGrade grade(ResultSet rs) throws SQLException {
		String grade = rs.getString("grade");
		return grade == null ? null : LeadGrade.valueOf(grade.strip());
	}

	private static @Nullable String masked(@Nullable String e164) {
		return e164 == null ? null : new PhoneNumber(e164).masked();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

}
