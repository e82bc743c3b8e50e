package io.forecourt.leads.channels;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Nonces of accepted deliveries: what makes a replayed delivery recognisable. */
@Repository
class ChannelNonces {

	private final JdbcClient jdbc;

	ChannelNonces(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The lead an earlier delivery with this nonce gave, if there was one. */
	Optional<UUID> leadOf(String channel, String nonce) {
		return this.jdbc.sql("SELECT lead_id FROM lead_channel_nonces WHERE channel_code = ? AND nonce = ?")
			.params(channel, nonce)
			.query(UUID.class)
			.optional();
	}

	/**
	 * Remembers a nonce, in the caller's transaction. On PostgreSQL a concurrent delivery
	 * of the same nonce waits here until the first commits and then finds it taken; ON
	 * CONFLICT keeps the loser's transaction usable (no failed statement).
	 * @return false if the nonce was already taken
	 */
	boolean remember(String channel, String nonce, UUID leadId, Instant at) {
		try {
			return this.jdbc
				.sql("INSERT INTO lead_channel_nonces (channel_code, nonce, lead_id, received_at) VALUES (?, ?, ?, ?)"
						+ " ON CONFLICT DO NOTHING")
				.params(channel, nonce, leadId, Timestamp.from(at))
				.update() == 1;
		}
		catch (DuplicateKeyException ex) {
			// H2 may report a concurrent insert of the key instead of skipping it
			return false;
		}
	}

	int purgeReceivedBefore(Instant cutoff) {
		return this.jdbc.sql("DELETE FROM lead_channel_nonces WHERE received_at < ?")
			.param(Timestamp.from(cutoff))
			.update();
	}

}
