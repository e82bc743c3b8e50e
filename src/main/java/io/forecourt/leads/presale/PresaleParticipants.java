package io.forecourt.leads.presale;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.jdbc.BulkInsert;
import io.forecourt.presale.PresaleParticipantsJoined.Outcome;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The presale participants already captured, by campaign and phone: what makes a
 * redelivered batch capture nobody twice.
 */
@Repository
class PresaleParticipants {

	private static final List<String> COLUMNS = List.of("campaign_id", "phone_key", "lead_id", "outcome",
			"captured_at");

	private final JdbcClient jdbc;

	private final BulkInsert bulk;

	PresaleParticipants(JdbcClient jdbc, BulkInsert bulk) {
		this.jdbc = jdbc;
		this.bulk = bulk;
	}

	/** A participant captured: the lead they became or were attached to. */
	record Captured(String phoneKey, UUID leadId, Outcome outcome) {
	}

	/** Of these phone keys, the ones of the campaign already captured. */
	Set<String> capturedOf(UUID campaignId, Collection<String> phoneKeys) {
		if (phoneKeys.isEmpty()) {
			return Set.of();
		}
		Query query = capturedOfQuery(campaignId, phoneKeys);
		return new HashSet<>(this.jdbc.sql(query.sql()).params(query.params()).query(String.class).list());
	}

	/**
	 * The look-up of {@link #capturedOf}. On PostgreSQL each phone is one probe of the
	 * key (campaign, phone), as a lateral sub-query the planner cannot turn into a join:
	 * joined, it hashed all of the campaign's captured participants for every batch
	 * whenever the statistics predated the campaign, as a launch's always do (0.4-0.7 s a
	 * batch at 480,000 participants, growing with the launch; probed, 1.2 ms).
	 */
	Query capturedOfQuery(UUID campaignId, Collection<String> phoneKeys) {
		if (this.bulk.isPostgres()) {
			BulkInsert.Condition phones = this.bulk.unnest("k", "phone_key", "text", phoneKeys);
			List<Object> params = new ArrayList<>(phones.params());
			params.add(campaignId);
			return new Query("SELECT k.phone_key FROM " + phones.sql() + " CROSS JOIN LATERAL (SELECT 1 FROM"
					+ " lead_presale_participants p WHERE p.campaign_id = ? AND p.phone_key = k.phone_key LIMIT 1) AS hit",
					params);
		}
		BulkInsert.Condition keys = this.bulk.anyOf("phone_key", "text", phoneKeys);
		List<Object> params = new ArrayList<>();
		params.add(campaignId);
		params.addAll(keys.params());
		return new Query("SELECT phone_key FROM lead_presale_participants WHERE campaign_id = ? AND " + keys.sql(),
				params);
	}

	/** A statement with its positional parameters. */
	record Query(String sql, List<Object> params) {
	}

	/**
	 * Records the participants in the caller's transaction. A participant recorded
	 * meanwhile by a concurrent delivery of the same batch is a duplicate key, which
	 * rolls the caller's capture back.
	 */
	void record(UUID campaignId, List<Captured> captured, Instant now) {
		this.bulk.into("lead_presale_participants", COLUMNS,
				captured.stream()
					.map(c -> new Object[] { campaignId, c.phoneKey(), c.leadId(), c.outcome().name(), now })
					.toList());
	}

}
