package io.forecourt.identity.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

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
		this.jdbc
			.sql("INSERT INTO customer_dealers (customer_id, dealer_id, reason, linked_at)"
					+ " SELECT :customer, :dealer, :reason, :now WHERE NOT EXISTS"
					+ " (SELECT 1 FROM customer_dealers WHERE customer_id = :customer AND dealer_id = :dealer)")
			.param("customer", customerId)
			.param("dealer", dealerId)
			.param("reason", reason)
			.param("now", Timestamp.from(now))
			.update();
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
