package io.forecourt.leads.board;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.forecourt.kernel.jdbc.Where;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.tenancy.RegionDirectory;
import io.forecourt.kernel.tenancy.ScopePredicate;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead operations board for one day: what arrived and how it was cleansed, what waits
 * in the HQ pool and where the first-contact SLA was breached. Within the viewer's scope
 * (a dealer's staff see their dealer's part; the pool is HQ's).
 */
@Service
public class OperationsBoard {

	/** How many pooled leads and breaches the board lists. */
	static final int LIST_LIMIT = 20;

	private final JdbcClient jdbc;

	private final RegionDirectory regions;

	private final Clock clock;

	OperationsBoard(JdbcClient jdbc, RegionDirectory regions, Clock clock) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.clock = clock;
	}

	/** Today's figures and the lists that need someone now. */
	public record Board(LocalDate day, Counts counts, List<ChannelRow> channels, List<PooledLead> pool,
			List<Breach> breaches) {
	}

	/**
	 * @param captured new leads of the day (valid, invalid and junk)
	 * @param duplicates arrivals of the day attached to an open lead
	 * @param pooled valid leads no dealer holds now, whatever their day
	 * @param overdue assigned leads whose first-contact deadline has passed now
	 * @param breachedToday SLA breaches detected today
	 */
	public record Counts(long captured, long valid, long invalid, long junk, long duplicates, long pooled, long overdue,
			long breachedToday) {

		/**
		 * The counts in board order, by name (the name is also the message key's end).
		 */
		public Map<String, Long> tiles() {
			Map<String, Long> tiles = new LinkedHashMap<>();
			tiles.put("captured", this.captured);
			tiles.put("valid", this.valid);
			tiles.put("invalid", this.invalid);
			tiles.put("junk", this.junk);
			tiles.put("duplicates", this.duplicates);
			tiles.put("pooled", this.pooled);
			tiles.put("overdue", this.overdue);
			tiles.put("breachedToday", this.breachedToday);
			return tiles;
		}

	}

	public record ChannelRow(String channel, long captured, long valid, long invalid, long junk, long duplicates) {
	}

	public record PooledLead(UUID id, @Nullable String name, String channel, @Nullable String grade,
			@Nullable String cityCode, Instant capturedAt, @Nullable String lastRouting) {
	}

	public record Breach(UUID leadId, @Nullable UUID dealerId, int breachNumber, String action, Instant dueAt,
			Instant detectedAt) {
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_LEAD_READ')")
	public Board today(ZoneId zone) {
		Instant now = this.clock.instant();
		LocalDate day = LocalDate.ofInstant(now, zone);
		Instant from = day.atStartOfDay(zone).toInstant();
		Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
		ScopePredicate scope = ScopePredicate.ofDealer(CurrentAccess.scope(), "l.dealer_id", this.regions);
		List<ChannelRow> channels = channels(scope, from, to);
		long captured = channels.stream().mapToLong(ChannelRow::captured).sum();
		long valid = channels.stream().mapToLong(ChannelRow::valid).sum();
		long invalid = channels.stream().mapToLong(ChannelRow::invalid).sum();
		long junk = channels.stream().mapToLong(ChannelRow::junk).sum();
		long duplicates = channels.stream().mapToLong(ChannelRow::duplicates).sum();
		Where pool = Where.scoped(scope).and("l.status = 'NEW' AND l.dealer_id IS NULL");
		long pooled = count("SELECT count(*) FROM leads l WHERE " + pool.sql(), pool);
		Where overdue = Where.scoped(scope)
			.and("l.status = 'ASSIGNED'")
			.and("l.sla_due_at < :now", "now", Timestamp.from(now));
		long late = count("SELECT count(*) FROM leads l WHERE " + overdue.sql(), overdue);
		Where breached = Where.scoped(ScopePredicate.ofDealer(CurrentAccess.scope(), "b.dealer_id", this.regions))
			.and("b.detected_at >= :from", "from", Timestamp.from(from));
		long breachedToday = count("SELECT count(*) FROM lead_sla_breaches b WHERE " + breached.sql(), breached);
		return new Board(day, new Counts(captured, valid, invalid, junk, duplicates, pooled, late, breachedToday),
				channels, pooled(pool), breaches(breached));
	}

	private List<ChannelRow> channels(ScopePredicate scope, Instant from, Instant to) {
		Where where = Where.scoped(scope)
			.and("s.captured_at >= :from", "from", Timestamp.from(from))
			.and("s.captured_at < :to", "to", Timestamp.from(to));
		// an arrival at the lead's own capture time is the lead itself; any later one is
		// a
		// duplicate attached to it
		return this.jdbc.sql("""
				SELECT s.channel,
				    SUM(CASE WHEN s.captured_at = l.captured_at THEN 1 ELSE 0 END) AS captured,
				    SUM(CASE WHEN s.captured_at = l.captured_at AND l.status NOT IN ('INVALID', 'JUNK')
				        THEN 1 ELSE 0 END) AS valid,
				    SUM(CASE WHEN s.captured_at = l.captured_at AND l.status = 'INVALID' THEN 1 ELSE 0 END) AS invalid,
				    SUM(CASE WHEN s.captured_at = l.captured_at AND l.status = 'JUNK' THEN 1 ELSE 0 END) AS junk,
				    SUM(CASE WHEN s.captured_at <> l.captured_at THEN 1 ELSE 0 END) AS duplicates
				FROM lead_sources s JOIN leads l ON l.id = s.lead_id
				WHERE %s
				GROUP BY s.channel ORDER BY captured DESC, s.channel
				""".formatted(where.sql()))
			.params(where.params())
			.query((rs, n) -> new ChannelRow(rs.getString("channel"), rs.getLong("captured"), rs.getLong("valid"),
					rs.getLong("invalid"), rs.getLong("junk"), rs.getLong("duplicates")))
			.list();
	}

	private List<PooledLead> pooled(Where pool) {
		return this.jdbc.sql("""
				SELECT l.id, l.name, l.channel, l.grade, l.city_code, l.captured_at,
				    (SELECT a.explanation FROM lead_assignments a WHERE a.lead_id = l.id
				     ORDER BY a.assigned_at DESC FETCH FIRST 1 ROWS ONLY) AS last_routing
				FROM leads l WHERE %s
				ORDER BY l.captured_at FETCH FIRST %d ROWS ONLY
				""".formatted(pool.sql(), LIST_LIMIT))
			.params(pool.params())
			.query((rs, n) -> new PooledLead(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("channel"), strip(rs.getString("grade")), rs.getString("city_code"),
					rs.getTimestamp("captured_at").toInstant(), rs.getString("last_routing")))
			.list();
	}

	private List<Breach> breaches(Where breached) {
		return this.jdbc.sql("""
				SELECT b.lead_id, b.dealer_id, b.breach_number, b.action, b.due_at, b.detected_at
				FROM lead_sla_breaches b WHERE %s
				ORDER BY b.detected_at DESC FETCH FIRST %d ROWS ONLY
				""".formatted(breached.sql(), LIST_LIMIT))
			.params(breached.params())
			.query((rs, n) -> new Breach(rs.getObject("lead_id", UUID.class), rs.getObject("dealer_id", UUID.class),
					rs.getInt("breach_number"), rs.getString("action"), rs.getTimestamp("due_at").toInstant(),
					rs.getTimestamp("detected_at").toInstant()))
			.list();
	}

	private long count(String sql, Where where) {
		return this.jdbc.sql(sql).params(where.params()).query(Long.class).single();
	}

	private static @Nullable String strip(@Nullable String grade) {
		return grade == null ? null : grade.strip();
	}

}
