package io.forecourt.leads.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.jdbc.Where;
import io.forecourt.kernel.tenancy.ScopePredicate;
import io.forecourt.kernel.web.PageRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lead_alerts table: raised by the SLA job and by defeat proposals. */
@Repository
public class LeadAlerts {

	private static final int MESSAGE_MAX = 500;

	private final JdbcClient jdbc;

	LeadAlerts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Tells the dealer's managers, in the caller's transaction. */
	public UUID raise(UUID dealerId, UUID leadId, LeadAlertKind kind, String message, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO lead_alerts (id, dealer_id, lead_id, kind, message, created_at)
				VALUES (?, ?, ?, ?, ?, ?)
				""")
			.params(id, dealerId, leadId, kind.name(),
					message.length() <= MESSAGE_MAX ? message : message.substring(0, MESSAGE_MAX - 1) + "…",
					Timestamp.from(now))
			.update();
		return id;
	}

	long count(Where where) {
		return this.jdbc.sql("SELECT count(*) FROM lead_alerts a WHERE " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	List<LeadAlert> find(Where where, PageRequest page) {
		return this.jdbc
			.sql("SELECT * FROM lead_alerts a WHERE " + where.sql()
					+ " ORDER BY a.created_at DESC, a.id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
			.params(where.params())
			.param("offset", page.offset())
			.param("size", page.size())
			.query((rs, n) -> alert(rs))
			.list();
	}

	Optional<LeadAlert> findVisible(UUID id, ScopePredicate scope) {
		return this.jdbc.sql("SELECT * FROM lead_alerts a WHERE a.id = :id AND " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query((rs, n) -> alert(rs))
			.optional();
	}

	boolean exists(UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM lead_alerts WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

	/** Marks it read; the first reading is kept. */
	void markRead(UUID id, Instant now) {
		this.jdbc.sql("UPDATE lead_alerts SET read_at = ? WHERE id = ? AND read_at IS NULL")
			.params(Timestamp.from(now), id)
			.update();
	}

	private static LeadAlert alert(ResultSet rs) throws SQLException {
		Timestamp read = rs.getTimestamp("read_at");
		return new LeadAlert(rs.getObject("id", UUID.class), rs.getObject("dealer_id", UUID.class),
				rs.getObject("lead_id", UUID.class), LeadAlertKind.valueOf(rs.getString("kind")),
				rs.getString("message"), rs.getTimestamp("created_at").toInstant(),
				read == null ? null : read.toInstant());
	}

}
