package io.forecourt.leads.board;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.contact.PhoneNumber;
import io.forecourt.kernel.jdbc.Where;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.tenancy.RegionDirectory;
import io.forecourt.kernel.tenancy.ScopePredicate;
import io.forecourt.leads.LeadStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leads someone has to work, most urgent first: the running first-contact deadlines
 * (overdue at the top), then the follow-ups by their next action time. A consultant sees
 * their own leads; a dealer manager (who may re-assign) the dealer's; HQ everything held
 * by a dealer.
 */
@Service
public class WorkQueue {

	static final int LIMIT = 200;

	private final JdbcClient jdbc;

	private final RegionDirectory regions;

	WorkQueue(JdbcClient jdbc, RegionDirectory regions) {
		this.jdbc = jdbc;
		this.regions = regions;
	}

	/**
	 * @param slaDueAt the first-contact deadline while it runs
	 * @param phone masked
	 */
	public record Item(UUID id, @Nullable String name, @Nullable String phone, @Nullable String grade,
			LeadStatus status, String channel, @Nullable String modelOfInterest, @Nullable UUID dealerId,
			@Nullable UUID consultantId, @Nullable Instant slaDueAt, int slaBreaches, @Nullable Instant nextActionAt,
			Instant capturedAt) {

		/** Whether the deadline has passed at the given moment. */
		public boolean overdueAt(Instant now) {
			return this.slaDueAt != null && this.slaDueAt.isBefore(now);
		}

	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_LEAD_READ')")
	public List<Item> mine() {
		Where where = Where.scoped(ScopePredicate.ofDealer(CurrentAccess.scope(), "l.dealer_id", this.regions))
			.and("l.dealer_id IS NOT NULL")
			.and("l.status IN (" + LeadStatus.openSqlList() + ")");
		if (!CurrentAccess.can(Permission.LEAD_ASSIGN)) {
			// a consultant works their own leads; without a staff record, none
			UUID staffId = CurrentAccess.principal().map(ForecourtPrincipal::staffId).orElse(null);
			where.and("l.consultant_id = :me", "me", staffId == null ? new UUID(0, 0) : staffId);
		}
		return this.jdbc.sql("""
				SELECT l.id, l.name, l.phone_e164, l.grade, l.status, l.channel, l.model_of_interest, l.dealer_id,
				    l.consultant_id, l.sla_due_at, l.sla_breaches, l.next_action_at, l.captured_at
				FROM leads l WHERE %s
				ORDER BY CASE WHEN l.sla_due_at IS NULL THEN 1 ELSE 0 END, l.sla_due_at,
				    CASE WHEN l.next_action_at IS NULL THEN 1 ELSE 0 END, l.next_action_at, l.captured_at
				FETCH FIRST %d ROWS ONLY
				""".formatted(where.sql(), LIMIT)).params(where.params()).query(WorkQueue::item).list();
	}

	private static Item item(ResultSet rs, int row) throws SQLException {
		String phone = rs.getString("phone_e164");
		String grade = rs.getString("grade");
		return new Item(rs.getObject("id", UUID.class), rs.getString("name"),
				phone == null ? null : new PhoneNumber(phone).masked(), grade == null ? null : grade.strip(),
				LeadStatus.valueOf(rs.getString("status")), rs.getString("channel"), rs.getString("model_of_interest"),
				rs.getObject("dealer_id", UUID.class), rs.getObject("consultant_id", UUID.class),
				instant(rs.getTimestamp("sla_due_at")), rs.getInt("sla_breaches"),
				instant(rs.getTimestamp("next_action_at")), rs.getTimestamp("captured_at").toInstant());
	}

	private static @Nullable Instant instant(@Nullable Timestamp at) {
		return at == null ? null : at.toInstant();
	}

}
