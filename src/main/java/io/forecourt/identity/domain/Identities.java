package io.forecourt.identity.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.forecourt.identity.IdentityKind;
import io.forecourt.kernel.jdbc.BulkInsert;
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

	private final BulkInsert bulk;

	Identities(JdbcClient jdbc, BulkInsert bulk) {
		this.jdbc = jdbc;
		this.bulk = bulk;
	}

	/** An identifier a bulk resolution records for a customer. */
	public record NewIdentity(UUID customerId, NormalizedIdentifier identifier, String source) {
	}

	/** A stored identity. */
	public record StoredIdentity(UUID id, UUID customerId, IdentityKind kind, String value,
			@Nullable String protectedValue, String source, Instant createdAt) {
	}

	/**
	 * The customers owning those identifiers that are known, by
	 * {@link NormalizedIdentifier#key()}, with what resolution needs of each in the same
	 * read (whether it was merged, and its age).
	 */
	public Map<String, Customers.Node> owners(Collection<NormalizedIdentifier> identifiers) {
		Map<String, Customers.Node> owners = new HashMap<>();
		if (identifiers.isEmpty()) {
			return owners;
		}
		List<String> values = identifiers.stream().map(NormalizedIdentifier::value).distinct().toList();
		String columns = "SELECT i.kind, i.identifier, c.id, c.merged_into, c.status, c.created_at FROM ";
		BulkInsert.Condition known = this.bulk.isPostgres() ? this.bulk.unnest("v", "identifier", "text", values)
				: this.bulk.anyOf("i.identifier", "text", values);
		String sql = this.bulk.isPostgres() ? columns + known.sql()
				+ " JOIN customer_identities i ON i.identifier = v.identifier JOIN customers c ON c.id = i.customer_id"
				: columns + "customer_identities i JOIN customers c ON c.id = i.customer_id WHERE " + known.sql();
		this.jdbc.sql(sql)
			.params(known.params())
			.query((rs, n) -> Map.entry(rs.getString("kind") + "|" + rs.getString("identifier"),
					new Customers.Node(rs.getObject("id", UUID.class), rs.getObject("merged_into", UUID.class),
							rs.getString("status"), rs.getTimestamp("created_at").toInstant())))
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

	/**
	 * Records many identifiers at once, as {@link #add} would.
	 * @throws org.springframework.dao.DuplicateKeyException when another customer got one
	 * of them first (the caller retries its whole resolution)
	 */
	public void addAll(List<NewIdentity> identities, Instant now) {
		this.bulk.into("customer_identities",
				List.of("id", "customer_id", "kind", "identifier", "protected_value", "source", "created_at"),
				identities.stream()
					.map(i -> new Object[] { UUID.randomUUID(), i.customerId(), i.identifier().kind().name(),
							i.identifier().value(), i.identifier().protectedValue(), i.source(), now })
					.toList());
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
