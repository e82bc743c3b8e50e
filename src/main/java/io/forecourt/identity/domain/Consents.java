package io.forecourt.identity.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.forecourt.identity.ConsentPurpose;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Consent decisions, append-only: a withdrawal is a new row, never an update, so the
 * history shows what the customer had agreed to at any moment.
 */
@Repository
public class Consents {

	private final JdbcClient jdbc;

	Consents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void append(UUID customerId, ConsentPurpose purpose, boolean granted, String source,
			@Nullable String textVersion, String actor, Instant now) {
		this.jdbc
			.sql("INSERT INTO customer_consents (customer_id, purpose, granted, source, text_version, recorded_at,"
					+ " recorded_by) VALUES (:customer, :purpose, :granted, :source, :version, :at, :actor)")
			.param("customer", customerId)
			.param("purpose", purpose.name())
			.param("granted", granted)
			.param("source", source)
			.param("version", textVersion, java.sql.Types.VARCHAR)
			.param("at", Timestamp.from(now))
			.param("actor", actor.length() <= 200 ? actor : actor.substring(0, 200))
			.update();
	}

	/**
	 * Purposes withdrawn for this customer (recorded on it) at or after the given moment.
	 */
	public List<ConsentPurpose> withdrawnSince(UUID customerId, Instant since) {
		return this.jdbc
			.sql("SELECT DISTINCT purpose FROM customer_consents WHERE customer_id = ? AND granted = FALSE"
					+ " AND recorded_at >= ?")
			.params(customerId, Timestamp.from(since))
			.query((rs, n) -> ConsentPurpose.valueOf(rs.getString("purpose")))
			.list();
	}

	/** Every decision recorded for the group, newest first. */
	public List<CustomerView.ConsentView> history(Collection<UUID> group) {
		return this.jdbc
			.sql("SELECT * FROM customer_consents WHERE customer_id IN (:group) ORDER BY recorded_at DESC, id DESC")
			.param("group", group)
			.query((rs, n) -> new CustomerView.ConsentView(rs.getLong("id"),
					ConsentPurpose.valueOf(rs.getString("purpose")), rs.getBoolean("granted"), rs.getString("source"),
					rs.getString("text_version"), rs.getObject("customer_id", UUID.class),
					rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by")))
			.list();
	}

	/**
	 * The current state of each purpose with a decision: the latest decision across the
	 * group, whichever member it was recorded for.
	 */
	public Map<ConsentPurpose, CustomerView.ConsentView> current(Collection<UUID> group) {
		Map<ConsentPurpose, CustomerView.ConsentView> current = new EnumMap<>(ConsentPurpose.class);
		for (CustomerView.ConsentView decision : history(group)) {
			current.putIfAbsent(decision.purpose(), decision);
		}
		return current;
	}

}
