package io.forecourt.leads.funnel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.forecourt.kernel.jdbc.Where;
import io.forecourt.kernel.tenancy.ScopePredicate;
import io.forecourt.leads.LeadStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts the funnel in one aggregate query over {@code leads}: one row per group and
 * period with every stage's count, plus the duplicates attached to those leads. Portable
 * SQL (H2 in PostgreSQL mode and PostgreSQL): {@code SUM(CASE ...)} rather than
 * {@code FILTER}, and periods as a {@code CASE} over boundaries computed in Java, so the
 * zone's calendar is Java's and no vendor's date functions are needed.
 */
@Repository
class FunnelCounts {

	/**
	 * Every status, as an SQL list. {@code status IN (all)} is always true, but it lets
	 * PostgreSQL read a date range through {@code leads_status_idx (status, captured_at)}
	 * one status at a time instead of the whole table (before PostgreSQL 18 a B-tree
	 * cannot skip its leading column on its own).
	 */
	private static final String ALL_STATUSES = Arrays.stream(LeadStatus.values())
		.map(status -> "'" + status.name() + "'")
		.collect(Collectors.joining(","));

	private static final FunnelStage[] STAGES = FunnelStage.values();

	private final JdbcClient jdbc;

	FunnelCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param periodStarts the instants the periods begin, the first being the start of
	 * the range; a lead belongs to the last period that began at or before its capture
	 * @param end the end of the range (excluded)
	 */
	List<Tally> count(FunnelRequest request, ScopePredicate scope, List<Instant> periodStarts, Instant end) {
		Instant start = periodStarts.get(0);
		Where where = Where.scoped(scope)
			.and("l.captured_at >= :rangeStart", "rangeStart", Timestamp.from(start))
			.and("l.captured_at < :rangeEnd", "rangeEnd", Timestamp.from(end))
			.and("l.channel = :channel", "channel", request.channel())
			.and("l.dealer_id = :dealerId", "dealerId", request.dealerId())
			.and("lower(l.model_of_interest) = :model", "model",
					request.model() == null ? null : request.model().toLowerCase(Locale.ROOT));
		Map<String, Object> periodParams = new HashMap<>();
		String period = periodIndex(periodStarts, 0, periodStarts.size() - 1, periodParams);
		String column = request.groupBy().column();
		StringBuilder sql = new StringBuilder("SELECT t.group_key, t.period_index, COUNT(*) AS captured");
		for (FunnelStage stage : STAGES) {
			if (stage != FunnelStage.CAPTURED) {
				sql.append(", SUM(t.").append(alias(stage)).append(") AS ").append(alias(stage));
			}
		}
		sql.append(", SUM(t.duplicates) AS duplicates FROM (SELECT ")
			.append(column == null ? "CAST(NULL AS VARCHAR(1))" : column)
			.append(" AS group_key, ")
			.append(period)
			.append(" AS period_index");
		for (FunnelStage stage : STAGES) {
			if (stage != FunnelStage.CAPTURED) {
				sql.append(", CASE WHEN ")
					.append(stage.reachedSql())
					.append(" THEN 1 ELSE 0 END AS ")
					.append(alias(stage));
			}
		}
		// Duplicates arrive after the lead they join, so sources older than the range are
		// never needed; lead_sources_lead_idx answers this without the table.
		sql.append(", COALESCE(dup.extra, 0) AS duplicates FROM leads l")
			.append(" LEFT JOIN (SELECT s.lead_id, COUNT(*) - 1 AS extra FROM lead_sources s")
			.append(" WHERE s.captured_at >= :rangeStart GROUP BY s.lead_id HAVING COUNT(*) > 1) dup")
			.append(" ON dup.lead_id = l.id WHERE l.status IN (")
			.append(ALL_STATUSES)
			.append(") AND ")
			.append(where.sql())
			.append(") t GROUP BY t.group_key, t.period_index");
		return this.jdbc.sql(sql.toString())
			.params(where.params())
			.params(periodParams)
			.query(FunnelCounts::tally)
			.list();
	}

	/**
	 * A {@code CASE} that finds a lead's period by halving the list of boundaries:
	 * {@code log2(periods)} comparisons per lead, even for a year of days.
	 */
	private static String periodIndex(List<Instant> starts, int low, int high, Map<String, Object> params) {
		if (low == high) {
			return Integer.toString(low);
		}
		int middle = (low + high + 1) / 2;
		String param = "periodStart" + middle;
		params.put(param, Timestamp.from(starts.get(middle)));
		return "CASE WHEN l.captured_at < :" + param + " THEN " + periodIndex(starts, low, middle - 1, params)
				+ " ELSE " + periodIndex(starts, middle, high, params) + " END";
	}

	private static String alias(FunnelStage stage) {
		return "reached_" + stage.name().toLowerCase(Locale.ROOT);
	}

	private static Tally tally(ResultSet rs, int row) throws SQLException {
		long[] counts = new long[STAGES.length];
		counts[FunnelStage.CAPTURED.ordinal()] = rs.getLong("captured");
		for (FunnelStage stage : STAGES) {
			if (stage != FunnelStage.CAPTURED) {
				counts[stage.ordinal()] = rs.getLong(alias(stage));
			}
		}
		Object key = rs.getObject("group_key");
		return new Tally(key == null ? null : key.toString(), rs.getInt("period_index"), counts,
				rs.getLong("duplicates"));
	}

	/**
	 * One group's counts in one period.
	 *
	 * @param counts indexed by {@link FunnelStage#ordinal()}
	 */
	record Tally(@Nullable String key, int period, long[] counts, long duplicates) {
	}

}
