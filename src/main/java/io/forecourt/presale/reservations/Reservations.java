package io.forecourt.presale.reservations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stored reservations. The updates that end or pay one match only the state they expect.
 */
@Repository
class Reservations {

	private static final String COLUMNS = """
			id, campaign_id, status, unit_slot, configuration_code, token_slot, person_key, person_seq, id_number_key,
			id_number_seq, phone, name, city_code, dealer_id, consent_marketing, deposit, reserved_at, expires_at,
			payment_id, paid_at, order_id, order_problem, order_progress_path, ended_at, refunded_payment_id""";

	private final JdbcClient jdbc;

	Reservations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a new live reservation unless one of its slots is taken (the person's, the
	 * ID number's, the unit's or the token's). On PostgreSQL a concurrent insert of the
	 * same slot waits for the other transaction and then skips.
	 * @return false if a slot was taken
	 */
	boolean insert(Reservation r) {
		try {
			return this.jdbc.sql("INSERT INTO presale_reservations (" + COLUMNS + ") VALUES (:id, :campaign, :status,"
					+ " :unit, :configuration, :token, :personKey, :personSeq, :idKey, :idSeq, :phone, :name, :city,"
					+ " :dealer, :consent, :deposit, :reservedAt, :expiresAt, NULL, NULL, NULL, NULL, NULL, NULL, NULL)"
					+ " ON CONFLICT DO NOTHING")
				.param("id", r.id())
				.param("campaign", r.campaignId())
				.param("status", r.status().name())
				.param("unit", r.unitSlot())
				.param("configuration", r.configurationCode())
				.param("token", r.tokenSlot())
				.param("personKey", r.personKey())
				.param("personSeq", r.personSeq())
				.param("idKey", r.idNumberKey())
				.param("idSeq", r.idNumberSeq())
				.param("phone", r.phone())
				.param("name", r.name())
				.param("city", r.cityCode())
				.param("dealer", r.dealerId())
				.param("consent", r.consentMarketing())
				.param("deposit", r.deposit())
				.param("reservedAt", Timestamp.from(r.reservedAt()))
				.param("expiresAt", Timestamp.from(r.expiresAt()))
				.update() == 1;
		}
		catch (DuplicateKeyException ex) {
			// H2 may report a concurrent insert of the slot instead of skipping it
			return false;
		}
	}

	Optional<Reservation> find(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM presale_reservations WHERE id = ?")
			.param(id)
			.query(Reservations::map)
			.optional();
	}

	/** The person's live reservations in the campaign, by phone or by ID number. */
	List<Reservation> liveOf(UUID campaignId, String personKey, @Nullable String idNumberKey) {
		String byId = idNumberKey == null ? ""
				: " OR (campaign_id = :campaign AND id_number_key = :idKey AND id_number_seq IS NOT NULL)";
		var query = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM presale_reservations"
					+ " WHERE (campaign_id = :campaign AND person_key = :personKey AND person_seq IS NOT NULL)" + byId)
			.param("campaign", campaignId)
			.param("personKey", personKey);
		if (idNumberKey != null) {
			query = query.param("idKey", idNumberKey);
		}
		return query.query(Reservations::map).list();
	}

	/**
	 * Ends an unpaid reservation whose deadline has passed: it gives up its unit, token
	 * and person slots.
	 * @return false if it was not RESERVED and due (paid, or ended already)
	 */
	boolean expire(UUID id, Instant now) {
		return this.jdbc.sql("""
				UPDATE presale_reservations SET status = 'EXPIRED', unit_slot = NULL, token_slot = NULL,
				    person_seq = NULL, id_number_seq = NULL, ended_at = :now
				WHERE id = :id AND status = 'RESERVED' AND expires_at <= :now
				""").param("id", id).param("now", Timestamp.from(now)).update() == 1;
	}

	ReservationStatus statusOf(UUID id) {
		return ReservationStatus.valueOf(this.jdbc.sql("SELECT status FROM presale_reservations WHERE id = ?")
			.param(id)
			.query(String.class)
			.single());
	}

	/** Unpaid reservations past their deadline, oldest first. */
	List<Reservation> due(Instant now, int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM presale_reservations WHERE status = 'RESERVED' AND expires_at <= ?"
					+ " ORDER BY expires_at FETCH FIRST " + limit + " ROWS ONLY")
			.param(Timestamp.from(now))
			.query(Reservations::map)
			.list();
	}

	/**
	 * @return false unless it was RESERVED
	 */
	boolean markPaid(UUID id, UUID paymentId, Instant paidAt) {
		return this.jdbc
			.sql("UPDATE presale_reservations SET status = 'PAID', payment_id = ?, paid_at = ?"
					+ " WHERE id = ? AND status = 'RESERVED'")
			.params(paymentId, Timestamp.from(paidAt), id)
			.update() == 1;
	}

	void markRefunded(UUID id, UUID paymentId) {
		this.jdbc.sql("UPDATE presale_reservations SET refunded_payment_id = ? WHERE id = ?")
			.params(paymentId, id)
			.update();
	}

	/** Sets the delivery dealer of a live reservation that has none yet. */
	void chooseDealer(UUID id, UUID dealerId) {
		this.jdbc.sql("UPDATE presale_reservations SET dealer_id = ? WHERE id = ? AND dealer_id IS NULL")
			.params(dealerId, id)
			.update();
	}

	void orderPlaced(UUID id, UUID orderId, String progressPath) {
		this.jdbc
			.sql("UPDATE presale_reservations SET order_id = ?, order_progress_path = ?, order_problem = NULL"
					+ " WHERE id = ?")
			.params(orderId, progressPath, id)
			.update();
	}

	void orderRefused(UUID id, String problem) {
		this.jdbc.sql("UPDATE presale_reservations SET order_problem = ? WHERE id = ?")
			.params(problem.length() <= 500 ? problem : problem.substring(0, 500), id)
			.update();
	}

	/**
	 * Reservations made in a recent window whose person has no participant row (their
	 * instance stopped between the reservation's commit and the participant batch's).
	 */
	List<Reservation> withoutParticipant(Instant from, Instant until, int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS.replaceAll("(\\w+)", "r.$1") + """
				 FROM presale_reservations r
				WHERE r.reserved_at >= :from AND r.reserved_at < :until
				  AND NOT EXISTS (SELECT 1 FROM presale_participants p
				                   WHERE p.campaign_id = r.campaign_id AND p.person_key = r.person_key)
				ORDER BY r.reserved_at FETCH FIRST %d ROWS ONLY
				""".formatted(limit))
			.param("from", Timestamp.from(from))
			.param("until", Timestamp.from(until))
			.query(Reservations::map)
			.list();
	}

	private static Reservation map(ResultSet rs, int n) throws SQLException {
		return new Reservation(rs.getObject("id", UUID.class), rs.getObject("campaign_id", UUID.class),
				ReservationStatus.valueOf(rs.getString("status")), integer(rs, "unit_slot"),
				rs.getString("configuration_code"), integer(rs, "token_slot"), rs.getString("person_key"),
				integer(rs, "person_seq"), rs.getString("id_number_key"), integer(rs, "id_number_seq"),
				rs.getString("phone"), rs.getString("name"), rs.getString("city_code"),
				rs.getObject("dealer_id", UUID.class), rs.getBoolean("consent_marketing"), rs.getBigDecimal("deposit"),
				instant(rs, "reserved_at"), instant(rs, "expires_at"), rs.getObject("payment_id", UUID.class),
				instant(rs, "paid_at"), rs.getObject("order_id", UUID.class), rs.getString("order_problem"),
				rs.getString("order_progress_path"), instant(rs, "ended_at"),
				rs.getObject("refunded_payment_id", UUID.class));
	}

	private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
