package io.forecourt.leads.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.jdbc.Where;
import io.forecourt.kernel.web.PageRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lead_imports table: one row per import with its progress. */
@Repository
class Imports {

	private final JdbcClient jdbc;

	Imports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What one chunk adds to an import's counts. */
	record Progress(long rowsRead, long accepted, long duplicates, long invalid, long junk, long rejected) {
	}

	void start(UUID id, @Nullable String fileName, String startedBy, String owner, Instant now) {
		this.jdbc.sql("""
				INSERT INTO lead_imports (id, file_name, state, rows_read, accepted, duplicates, invalid, junk,
				    rejected, chunks, started_by, owner_subject, started_at, heartbeat_at)
				VALUES (?, ?, 'RUNNING', 0, 0, 0, 0, 0, 0, 0, ?, ?, ?, ?)
				""").params(id, fileName, startedBy, owner, Timestamp.from(now), Timestamp.from(now)).update();
	}

	/**
	 * Adds a chunk's counts, only while the import is still RUNNING.
	 * @return false when it is not (marked FAILED as stale meanwhile): the chunk must not
	 * commit
	 */
	boolean advance(UUID id, Progress progress, Instant now) {
		return this.jdbc.sql("""
				UPDATE lead_imports SET rows_read = rows_read + ?, accepted = accepted + ?,
				    duplicates = duplicates + ?, invalid = invalid + ?, junk = junk + ?, rejected = rejected + ?,
				    chunks = chunks + 1, heartbeat_at = ?
				WHERE id = ? AND state = 'RUNNING'
				""")
			.params(progress.rowsRead(), progress.accepted(), progress.duplicates(), progress.invalid(),
					progress.junk(), progress.rejected(), Timestamp.from(now), id)
			.update() == 1;
	}

	void finish(UUID id, ImportState state, @Nullable String failure, Instant now) {
		this.jdbc.sql("""
				UPDATE lead_imports SET state = ?, failure = ?, finished_at = ?, heartbeat_at = ?
				WHERE id = ? AND state = 'RUNNING'
				""").params(state.name(), cut(failure), Timestamp.from(now), Timestamp.from(now), id).update();
	}

	/** Marks RUNNING imports that have shown no progress since then as FAILED. */
	int failStale(Instant silentSince, String failure, Instant now) {
		return this.jdbc.sql("""
				UPDATE lead_imports SET state = 'FAILED', failure = ?, finished_at = ?
				WHERE state = 'RUNNING' AND heartbeat_at < ?
				""").params(cut(failure), Timestamp.from(now), Timestamp.from(silentSince)).update();
	}

	Optional<LeadImportView> find(UUID id, Where visible) {
		return this.jdbc.sql("SELECT * FROM lead_imports WHERE id = :id AND " + visible.sql())
			.params(visible.params())
			.param("id", id)
			.query(Imports::view)
			.optional();
	}

	boolean exists(UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM lead_imports WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

	long count(Where visible) {
		return this.jdbc.sql("SELECT count(*) FROM lead_imports WHERE " + visible.sql())
			.params(visible.params())
			.query(Long.class)
			.single();
	}

	List<LeadImportView> page(Where visible, PageRequest page) {
		return this.jdbc
			.sql("SELECT * FROM lead_imports WHERE " + visible.sql()
					+ " ORDER BY started_at DESC, id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
			.params(visible.params())
			.param("offset", page.offset())
			.param("size", page.size())
			.query(Imports::view)
			.list();
	}

	private static LeadImportView view(ResultSet rs, int n) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new LeadImportView(rs.getObject("id", UUID.class), rs.getString("file_name"),
				ImportState.valueOf(rs.getString("state")), rs.getLong("rows_read"), rs.getLong("accepted"),
				rs.getLong("duplicates"), rs.getLong("invalid"), rs.getLong("junk"), rs.getLong("rejected"),
				rs.getInt("chunks"), rs.getString("failure"), rs.getString("started_by"),
				rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant());
	}

	private static @Nullable String cut(@Nullable String text) {
		return text == null || text.length() <= 500 ? text : text.substring(0, 499) + "…";
	}

}
