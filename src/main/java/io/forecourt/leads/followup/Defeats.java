package io.forecourt.leads.followup;

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
import io.forecourt.leads.LeadStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lead_defeats and lead_defeat_reasons tables. */
@Repository
class Defeats {

	private final JdbcClient jdbc;

	Defeats(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<DefeatReason> reasons() {
		return this.jdbc.sql("SELECT * FROM lead_defeat_reasons ORDER BY code")
			.query((rs, n) -> new DefeatReason(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
					rs.getBoolean("active")))
			.list();
	}

	void insert(LeadDefeat defeat) {
		this.jdbc.sql("""
				INSERT INTO lead_defeats (id, lead_id, dealer_id, reason_code, note, prior_status, proposed_by,
				    proposed_at, decision)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(defeat.id(), defeat.leadId(), defeat.dealerId(), defeat.reasonCode(), defeat.note(),
					defeat.priorStatus().name(), defeat.proposedBy(), Timestamp.from(defeat.proposedAt()),
					defeat.decision().name())
			.update();
	}

	/** The proposal if the scope covers its dealer, locked until the transaction ends. */
	Optional<LeadDefeat> lockVisible(UUID id, ScopePredicate scope) {
		return this.jdbc.sql("SELECT * FROM lead_defeats d WHERE d.id = :id AND " + scope.sql() + " FOR UPDATE")
			.params(scope.params())
			.param("id", id)
			.query((rs, n) -> defeat(rs))
			.optional();
	}

	Optional<LeadDefeat> findVisible(UUID id, ScopePredicate scope) {
		return this.jdbc.sql("SELECT * FROM lead_defeats d WHERE d.id = :id AND " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query((rs, n) -> defeat(rs))
			.optional();
	}

	boolean exists(UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM lead_defeats WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

	/**
	 * Records the decision of a pending proposal.
	 * @return whether it was still pending
	 */
	boolean decide(UUID id, DefeatDecision decision, String by, Instant at, @Nullable String note) {
		return this.jdbc.sql("""
				UPDATE lead_defeats SET decision = ?, decided_by = ?, decided_at = ?, decision_note = ?
				WHERE id = ? AND decision = 'PENDING'
				""").params(decision.name(), by, Timestamp.from(at), note, id).update() == 1;
	}

	long count(Where where) {
		return this.jdbc.sql("SELECT count(*) FROM lead_defeats d WHERE " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	/** Oldest proposal first: the queue order. */
	List<LeadDefeat> find(Where where, PageRequest page) {
		return this.jdbc
			.sql("SELECT * FROM lead_defeats d WHERE " + where.sql()
					+ " ORDER BY d.proposed_at, d.id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
			.params(where.params())
			.param("offset", page.offset())
			.param("size", page.size())
			.query((rs, n) -> defeat(rs))
			.list();
	}

	private static LeadDefeat defeat(ResultSet rs) throws SQLException {
		return new LeadDefeat(rs.getObject("id", UUID.class), rs.getObject("lead_id", UUID.class),
				rs.getObject("dealer_id", UUID.class), rs.getString("reason_code"), rs.getString("note"),
				LeadStatus.valueOf(rs.getString("prior_status")), rs.getString("proposed_by"),
				rs.getTimestamp("proposed_at").toInstant(), DefeatDecision.valueOf(rs.getString("decision")),
				rs.getString("decided_by"), LeadStates.instant(rs, "decided_at"), rs.getString("decision_note"));
	}

}
