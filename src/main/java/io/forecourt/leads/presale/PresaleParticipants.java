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
		BulkInsert.Condition keys = this.bulk.anyOf("phone_key", "text", phoneKeys);
		List<Object> params = new ArrayList<>();
		params.add(campaignId);
		params.addAll(keys.params());
		return new HashSet<>(
				this.jdbc.sql("SELECT phone_key FROM lead_presale_participants WHERE campaign_id = ? AND " + keys.sql())
					.params(params)
					.query(String.class)
					.list());
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
