package io.forecourt.presale.reservations;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.forecourt.kernel.jdbc.BulkInsert;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Claims and releases the rows of a campaign's quota: units ({@code presale_units}) and a
 * capped configuration's tokens ({@code presale_config_tokens}), which behave the same.
 * <p>
 * A row is free when it names no reservation or its holder's deadline has passed. A claim
 * starts at a random slot and takes the first free row from there (wrapping round once),
 * so racing claimers spread over the table instead of queueing on its first row. On
 * PostgreSQL the row is locked {@code FOR NO KEY UPDATE SKIP LOCKED}: a row another claim
 * has locked is passed over, never waited for. H2 (the single-instance embedded default)
 * applies the row limit before skipping locked rows, so there a few candidates are read
 * unlocked and a conditional update takes the first still free.
 */
@Repository
class UnitClaims {

	static final String UNITS = "presale_units";

	static final String TOKENS = "presale_config_tokens";

	private static final int H2_CANDIDATES = 20;

	private final JdbcClient jdbc;

	private final BulkInsert bulk;

	UnitClaims(JdbcClient jdbc, BulkInsert bulk) {
		this.jdbc = jdbc;
		this.bulk = bulk;
	}

	/**
	 * Takes a free unit (or, with a configuration, one of its tokens) for the reservation
	 * until {@code heldUntil}.
	 * @param size the number of rows (the quota, or the configuration's cap)
	 * @return the slot taken and the reservation whose lapsed hold it had, empty when
	 * none is free
	 */
	Optional<Claimed> claim(UUID campaignId, @Nullable String configurationCode, int size, UUID reservationId,
			Instant heldUntil, Instant now) {
		int start = 1 + ThreadLocalRandom.current().nextInt(size);
		Optional<Claimed> claimed = claimFrom(campaignId, configurationCode, start, Integer.MAX_VALUE, reservationId,
				heldUntil, now);
		if (claimed.isEmpty() && start > 1) {
			claimed = claimFrom(campaignId, configurationCode, 1, start, reservationId, heldUntil, now);
		}
		return claimed;
	}

	private Optional<Claimed> claimFrom(UUID campaignId, @Nullable String configurationCode, int from, int before,
			UUID reservationId, Instant heldUntil, Instant now) {
		String table = configurationCode == null ? UNITS : TOKENS;
		String ofRow = configurationCode == null ? "" : " AND configuration_code = :configuration";
		String select = "SELECT slot, reservation_id, held_until FROM " + table + " WHERE campaign_id = :campaign"
				+ ofRow + " AND slot >= :from AND slot < :before AND (reservation_id IS NULL OR held_until <= :now)"
				+ " ORDER BY slot";
		boolean postgres = this.bulk.isPostgres();
		var query = this.jdbc
			.sql(select + (postgres ? " LIMIT 1 FOR NO KEY UPDATE SKIP LOCKED" : " LIMIT " + H2_CANDIDATES))
			.param("campaign", campaignId)
			.param("from", from)
			.param("before", before)
			.param("now", Timestamp.from(now));
		if (configurationCode != null) {
			query = query.param("configuration", configurationCode);
		}
		List<Claimed> candidates = query.query((rs, n) -> {
			Timestamp until = rs.getTimestamp("held_until");
			return new Claimed(rs.getInt("slot"), rs.getObject("reservation_id", UUID.class),
					until == null ? null : until.toInstant());
		}).list();
		for (Claimed candidate : candidates) {
			// on PostgreSQL the row is locked and free; on H2 the condition decides
			if (take(table, campaignId, configurationCode, candidate.slot(), reservationId, heldUntil, now)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	private boolean take(String table, UUID campaignId, @Nullable String configurationCode, int slot,
			UUID reservationId, Instant heldUntil, Instant now) {
		var update = this.jdbc
			.sql("UPDATE " + table + " SET reservation_id = :reservation, held_until = :until"
					+ " WHERE campaign_id = :campaign AND slot = :slot"
					+ (configurationCode == null ? "" : " AND configuration_code = :configuration")
					+ " AND (reservation_id IS NULL OR held_until <= :now)")
			.param("reservation", reservationId)
			.param("until", Timestamp.from(heldUntil))
			.param("campaign", campaignId)
			.param("slot", slot)
			.param("now", Timestamp.from(now));
		if (configurationCode != null) {
			update = update.param("configuration", configurationCode);
		}
		return update.update() == 1;
	}

	/**
	 * Locks a unit (or token) row, waiting for a claim that holds it, and says whom it
	 * names now.
	 */
	Optional<Holder> lock(UUID campaignId, @Nullable String configurationCode, int slot) {
		String table = configurationCode == null ? UNITS : TOKENS;
		var query = this.jdbc
			.sql("SELECT reservation_id, held_until FROM " + table + " WHERE campaign_id = :campaign AND slot = :slot"
					+ (configurationCode == null ? "" : " AND configuration_code = :configuration")
					+ (this.bulk.isPostgres() ? " FOR NO KEY UPDATE" : " FOR UPDATE"))
			.param("campaign", campaignId)
			.param("slot", slot);
		if (configurationCode != null) {
			query = query.param("configuration", configurationCode);
		}
		return query.query((rs, n) -> {
			Timestamp until = rs.getTimestamp("held_until");
			return new Holder(rs.getObject("reservation_id", UUID.class), until == null ? null : until.toInstant());
		}).optional();
	}

	/** Frees the row if it still names the reservation. */
	void release(UUID campaignId, @Nullable String configurationCode, int slot, UUID reservationId) {
		set(campaignId, configurationCode, slot, reservationId, "reservation_id = NULL, held_until = NULL");
	}

	/** Makes the reservation's hold of the row permanent (its deposit is paid). */
	void keep(UUID campaignId, @Nullable String configurationCode, int slot, UUID reservationId) {
		set(campaignId, configurationCode, slot, reservationId, "held_until = NULL");
	}

	private void set(UUID campaignId, @Nullable String configurationCode, int slot, UUID reservationId,
			String assignment) {
		var update = this.jdbc
			.sql("UPDATE " + (configurationCode == null ? UNITS : TOKENS) + " SET " + assignment
					+ " WHERE campaign_id = :campaign AND slot = :slot AND reservation_id = :reservation"
					+ (configurationCode == null ? "" : " AND configuration_code = :configuration"))
			.param("campaign", campaignId)
			.param("slot", slot)
			.param("reservation", reservationId);
		if (configurationCode != null) {
			update = update.param("configuration", configurationCode);
		}
		update.update();
	}

	/**
	 * Free units of the campaign and free tokens per capped configuration, each with the
	 * earliest deadline of a hold still running: when it passes, that row is free again.
	 */
	FreeCount free(UUID campaignId, Instant now) {
		Timestamp at = Timestamp.from(now);
		FreeCount count = this.jdbc.sql("""
				SELECT SUM(CASE WHEN reservation_id IS NULL OR held_until <= :now THEN 1 ELSE 0 END),
				       MIN(CASE WHEN held_until > :now THEN held_until END)
				FROM presale_units WHERE campaign_id = :campaign
				""")
			.param("now", at)
			.param("campaign", campaignId)
			.query((rs, n) -> new FreeCount(rs.getLong(1), instant(rs.getTimestamp(2)), new HashMap<>(),
					new HashMap<>()))
			.single();
		this.jdbc.sql("""
				SELECT configuration_code,
				       SUM(CASE WHEN reservation_id IS NULL OR held_until <= :now THEN 1 ELSE 0 END),
				       MIN(CASE WHEN held_until > :now THEN held_until END)
				FROM presale_config_tokens WHERE campaign_id = :campaign GROUP BY configuration_code
				""").param("now", at).param("campaign", campaignId).query((rs, n) -> {
			count.tokens().put(rs.getString(1), rs.getLong(2));
			Instant back = instant(rs.getTimestamp(3));
			if (back != null) {
				count.tokensBackAt().put(rs.getString(1), back);
			}
			return null;
		}).list();
		return count;
	}

	/** The earliest deadline of a hold still running on the units (or tokens). */
	@Nullable Instant nextReturn(UUID campaignId, @Nullable String configurationCode, Instant now) {
		var query = this.jdbc
			.sql("SELECT MIN(held_until) FROM " + (configurationCode == null ? UNITS : TOKENS)
					+ " WHERE campaign_id = :campaign AND held_until > :now"
					+ (configurationCode == null ? "" : " AND configuration_code = :configuration"))
			.param("campaign", campaignId)
			.param("now", Timestamp.from(now));
		if (configurationCode != null) {
			query = query.param("configuration", configurationCode);
		}
		return query.query((rs, n) -> instant(rs.getTimestamp(1))).optional().orElse(null);
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/**
	 * A slot taken by a claim.
	 *
	 * @param lapsedHolder the reservation whose passed deadline had freed it, if any
	 * @param lapsedAt that reservation's deadline
	 */
	record Claimed(int slot, @Nullable UUID lapsedHolder, @Nullable Instant lapsedAt) {
	}

	/** Whom a row names: no one, a hold until a deadline, or a paid reservation. */
	record Holder(@Nullable UUID reservationId, @Nullable Instant heldUntil) {

		boolean names(UUID reservation) {
			return reservation.equals(this.reservationId);
		}

	}

	/**
	 * @param unitsBackAt when the first held unit comes back, null when none is held
	 * unpaid
	 * @param tokens free tokens by configuration code, for capped configurations only
	 * @param tokensBackAt when the first held token of each comes back
	 */
	record FreeCount(long units, @Nullable Instant unitsBackAt, Map<String, Long> tokens,
			Map<String, Instant> tokensBackAt) {
	}

}
