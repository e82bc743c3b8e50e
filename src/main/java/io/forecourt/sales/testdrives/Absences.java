package io.forecourt.sales.testdrives;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.tenancy.ScopePredicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The test_drive_absences table. */
@Repository
class Absences {

	private final JdbcClient jdbc;

	Absences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Absence absence) {
		this.jdbc.sql("""
				INSERT INTO test_drive_absences (id, dealer_id, staff_id, starts_at, ends_at, reason, recorded_by,
				    recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(absence.id(), absence.dealerId(), absence.staffId(), Timestamp.from(absence.startsAt()),
					Timestamp.from(absence.endsAt()), absence.reason(), absence.recordedBy(),
					Timestamp.from(absence.recordedAt()))
			.update();
	}

	/** The dealer's absences overlapping [from, to), by start. */
	List<Absence> overlapping(UUID dealerId, Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT * FROM test_drive_absences WHERE dealer_id = ? AND starts_at < ? AND ends_at > ?
				ORDER BY starts_at, id
				""").params(dealerId, Timestamp.from(to), Timestamp.from(from)).query((rs, n) -> absence(rs)).list();
	}

	Optional<Absence> findVisible(UUID id, ScopePredicate scope) {
		return this.jdbc.sql("SELECT * FROM test_drive_absences a WHERE a.id = :id AND " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query((rs, n) -> absence(rs))
			.optional();
	}

	boolean exists(UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM test_drive_absences WHERE id = ?")
			.param(id)
			.query(Long.class)
			.single() > 0;
	}

	void delete(UUID id) {
		this.jdbc.sql("DELETE FROM test_drive_absences WHERE id = ?").param(id).update();
	}

	private static Absence absence(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Absence(rs.getObject("id", UUID.class), rs.getObject("dealer_id", UUID.class),
				rs.getObject("staff_id", UUID.class), rs.getTimestamp("starts_at").toInstant(),
				rs.getTimestamp("ends_at").toInstant(), rs.getString("reason"), rs.getString("recorded_by"),
				rs.getTimestamp("recorded_at").toInstant());
	}

}
