package io.forecourt.sales.payments.simulated;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The simulated provider's checkout sessions. */
@Repository
@ConditionalOnBooleanProperty(name = "forecourt.payments.simulated.enabled", matchIfMissing = true)
class SimulatedCheckouts {

	private final JdbcClient jdbc;

	SimulatedCheckouts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return false if the payment has a session already
	 */
	boolean insert(SimulatedCheckout checkout) {
		try {
			return this.jdbc.sql("""
					INSERT INTO simulated_checkouts (token, provider_reference, payment_id, amount, description, status,
					    created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
				.params(checkout.token(), checkout.providerReference(), checkout.paymentId(), checkout.amount(),
						checkout.description(), checkout.status().name(), Timestamp.from(checkout.createdAt()))
				.update() == 1;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	Optional<SimulatedCheckout> find(String token) {
		return this.jdbc.sql("SELECT * FROM simulated_checkouts WHERE token = ?")
			.param(token)
			.query(SimulatedCheckouts::checkout)
			.optional();
	}

	Optional<SimulatedCheckout> findByPayment(UUID paymentId) {
		return this.jdbc.sql("SELECT * FROM simulated_checkouts WHERE payment_id = ?")
			.param(paymentId)
			.query(SimulatedCheckouts::checkout)
			.optional();
	}

	/** OPEN to the payer's decision; false if it was decided before. */
	boolean decide(String token, SimulatedCheckout.Status status, Instant at) {
		return this.jdbc
			.sql("UPDATE simulated_checkouts SET status = ?, decided_at = ? WHERE token = ? AND status = 'OPEN'")
			.params(status.name(), Timestamp.from(at), token)
			.update() == 1;
	}

	private static SimulatedCheckout checkout(ResultSet rs, int row) throws SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		return new SimulatedCheckout(rs.getString("token"), rs.getString("provider_reference"),
				rs.getObject("payment_id", UUID.class), rs.getBigDecimal("amount"), rs.getString("description"),
				SimulatedCheckout.Status.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
				decided == null ? null : decided.toInstant());
	}

}
