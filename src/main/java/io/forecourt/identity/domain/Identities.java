package io.forecourt.identity.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.forecourt.identity.IdentityKind;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stored identities. Each (value, kind) exists once, owned by the customer it was first
 * recorded for; merges never move identities, they link customers.
 */
@Repository
public class Identities {

	private final JdbcClient jdbc;

	Identities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored identity. */
	public record StoredIdentity(UUID id, UUID customerId, IdentityKind kind, String value,
			@Nullable String protectedValue, String source, Instant createdAt) {
	}

	/**
	 * The owners of those identifiers that are known, by
	 * {@link NormalizedIdentifier#key()}.
	 */
	public Map<String, UUID> owners(Collection<NormalizedIdentifier> identifiers) {
		Map<String, UUID> owners = new HashMap<>();
		if (identifiers.isEmpty()) {
			return owners;
		}
		List<String> values = identifiers.stream().map(NormalizedIdentifier::value).distinct().toList();
		this.jdbc.sql("SELECT kind, identifier, customer_id FROM customer_identities WHERE identifier IN (:values)")
			.param("values", values)
			.query((rs, n) -> Map.entry(rs.getString("kind") + "|" + rs.getString("identifier"),
					rs.getObject("customer_id", UUID.class)))
			.list()
			.forEach(entry -> owners.put(entry.getKey(), entry.getValue()));
		return owners;
	}

	/**
	 * Records an identifier for a customer.
	 * @throws org.springframework.dao.DuplicateKeyException when another customer got it
	 * first (the caller retries its whole resolution)
	 */
	public void add(UUID customerId, NormalizedIdentifier identifier, String source, Instant now) {
		this.jdbc.sql(
				"INSERT INTO customer_identities (id, customer_id, kind, identifier, protected_value, source, created_at)"
						+ " VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), customerId, identifier.kind().name(), identifier.value(),
					identifier.protectedValue(), source, Timestamp.from(now))
			.update();
	}

	/** Every identity of these customers (a survivor and those merged into it). */
	public List<StoredIdentity> of(Collection<UUID> customerIds) {
		return this.jdbc
			.sql("SELECT * FROM customer_identities WHERE customer_id IN (:ids) ORDER BY created_at, kind, identifier")
			.param("ids", customerIds)
			.query((rs, n) -> new StoredIdentity(rs.getObject("id", UUID.class),
					rs.getObject("customer_id", UUID.class), IdentityKind.valueOf(rs.getString("kind")),
					rs.getString("identifier"), rs.getString("protected_value"), rs.getString("source"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

}
