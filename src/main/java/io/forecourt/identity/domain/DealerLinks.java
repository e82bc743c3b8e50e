package io.forecourt.identity.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dealers a customer is linked to, which decide the dealer staff who see the
 * customer, and the dealer the customer prefers.
 */
@Repository
public class DealerLinks {

	private final JdbcClient jdbc;

	DealerLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Links the customer to the dealer (once), so the dealer's staff see the customer.
	 * Links are never removed by a later preference or hand-over: the dealer has served
	 * the customer.
	 */
	public void link(UUID customerId, UUID dealerId, String reason, Instant now) {
		// ON CONFLICT, not NOT EXISTS: two transactions linking the same pair at once
		// both see no row, and the second insert would fail on the primary key
		try {
			this.jdbc
				.sql("INSERT INTO customer_dealers (customer_id, dealer_id, reason, linked_at)"
						+ " VALUES (:customer, :dealer, :reason, :now) ON CONFLICT DO NOTHING")
				.param("customer", customerId)
				.param("dealer", dealerId)
				.param("reason", reason)
				.param("now", Timestamp.from(now))
				.update();
		}
		catch (DuplicateKeyException ex) {
			// H2 may report the concurrent insert instead of skipping it: linked either
			// way
		}
	}

	/** The preferred dealer of the customer the id lives on as (its survivor). */
	public Optional<UUID> preferredDealer(UUID customerId) {
		return this.jdbc.sql("""
				SELECT s.preferred_dealer_id FROM customers c
				JOIN customers s ON s.id = COALESCE(c.merged_into, c.id)
				WHERE c.id = ?
				""").param(customerId).query((rs, n) -> rs.getObject(1, UUID.class)).optional();
	}

}
