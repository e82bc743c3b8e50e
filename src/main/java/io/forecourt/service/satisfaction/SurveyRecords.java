package io.forecourt.service.satisfaction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The surveys' table; rows are locked for every change. */
@Repository
class SurveyRecords {

	private static final String COLUMNS = "id, token, repair_order_id, dealer_id, customer_id, vin, plate, status,"
			+ " channel, channel_reason, delivered_at, send_at, sent_at, expires_at, score, comment, answered_at";

	private final JdbcClient jdbc;

	SurveyRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts unless the repair order has one already; true when inserted. */
	boolean insertIfAbsent(Survey survey) {
		return this.jdbc
			.sql("INSERT INTO service_satisfaction_surveys (" + COLUMNS + ") SELECT ?, ?, ?, ?, ?, ?, ?,"
					+ " ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM service_satisfaction_surveys"
					+ " WHERE repair_order_id = ?)")
			.params(survey.id(), survey.token(), survey.repairOrderId(), survey.dealerId(), survey.customerId(),
					survey.vin(), survey.plate(), survey.status().name(), survey.channel(), survey.channelReason(),
					ts(survey.deliveredAt()), ts(survey.sendAt()), ts(survey.sentAt()), ts(survey.expiresAt()),
					survey.score(), survey.comment(), ts(survey.answeredAt()), survey.repairOrderId())
			.update() == 1;
	}

	Optional<Survey> byRepairOrder(UUID repairOrderId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM service_satisfaction_surveys WHERE repair_order_id = ?")
			.param(repairOrderId)
			.query(SurveyRecords::map)
			.optional();
	}

	Optional<Survey> byToken(String token) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM service_satisfaction_surveys WHERE token = ?")
			.param(token)
			.query(SurveyRecords::map)
			.optional();
	}

	Optional<Survey> lockByToken(String token) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM service_satisfaction_surveys WHERE token = ? FOR UPDATE")
			.param(token)
			.query(SurveyRecords::map)
			.optional();
	}

	Optional<Survey> lock(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM service_satisfaction_surveys WHERE id = ? FOR UPDATE")
			.param(id)
			.query(SurveyRecords::map)
			.optional();
	}

	List<UUID> dueForSending(Instant now, int limit) {
		return this.jdbc
			.sql("SELECT id FROM service_satisfaction_surveys WHERE status = 'PENDING' AND send_at <= ?"
					+ " ORDER BY send_at FETCH FIRST " + limit + " ROWS ONLY")
			.param(ts(now))
			.query(UUID.class)
			.list();
	}

	/** Moves a pending survey on; false when another run got there first. */
	boolean markSent(UUID id, SurveyStatus status, @Nullable String channel, String reason, Instant now) {
		return this.jdbc
			.sql("UPDATE service_satisfaction_surveys SET status = ?, channel = ?, channel_reason = ?, sent_at = ?"
					+ " WHERE id = ? AND status = 'PENDING'")
			.params(status.name(), channel, cut(reason, 300), status == SurveyStatus.SENT ? ts(now) : null, id)
			.update() == 1;
	}

	boolean markAnswered(UUID id, int score, @Nullable String comment, Instant now) {
		return this.jdbc
			.sql("UPDATE service_satisfaction_surveys SET status = 'ANSWERED', score = ?, comment = ?, answered_at = ?"
					+ " WHERE id = ? AND status <> 'ANSWERED'")
			.params(score, comment, ts(now), id)
			.update() == 1;
	}

	/** The dealer's latest answers, newest first. */
	List<Integer> latestScores(UUID dealerId, int limit) {
		return this.jdbc
			.sql("SELECT score FROM service_satisfaction_surveys WHERE dealer_id = ? AND status = 'ANSWERED'"
					+ " ORDER BY answered_at DESC FETCH FIRST " + limit + " ROWS ONLY")
			.param(dealerId)
			.query(Integer.class)
			.list();
	}

	long answeredCount(UUID dealerId) {
		return this.jdbc
			.sql("SELECT count(*) FROM service_satisfaction_surveys WHERE dealer_id = ? AND status = 'ANSWERED'")
			.param(dealerId)
			.query(Long.class)
			.single();
	}

	static Survey map(ResultSet rs, int row) throws SQLException {
		int score = rs.getInt("score");
		Integer answer = rs.wasNull() ? null : score;
		return new Survey(rs.getObject("id", UUID.class), rs.getString("token"),
				rs.getObject("repair_order_id", UUID.class), rs.getObject("dealer_id", UUID.class),
				rs.getObject("customer_id", UUID.class), rs.getString("vin"), rs.getString("plate"),
				SurveyStatus.valueOf(rs.getString("status")), rs.getString("channel"), rs.getString("channel_reason"),
				instant(rs, "delivered_at"), instant(rs, "send_at"), nullableInstant(rs, "sent_at"),
				instant(rs, "expires_at"), answer, rs.getString("comment"), nullableInstant(rs, "answered_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

}
