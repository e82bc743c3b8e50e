package io.forecourt.leads.channels;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.forecourt.kernel.web.ETags;
import io.forecourt.kernel.web.PageRequest;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The configured channels, each with its secret encrypted. */
@Repository
class LeadChannels {

	private static final TypeReference<Map<String, FieldRule>> RULES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	LeadChannels(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A channel with its encrypted secret, for verifying a delivery. */
	record Stored(LeadChannel channel, String encryptedSecret) {
	}

	Optional<Stored> find(String code) {
		return this.jdbc.sql("SELECT * FROM lead_channels WHERE code = ?").param(code).query(this::map).optional();
	}

	List<LeadChannel> page(PageRequest page) {
		return this.jdbc.sql("SELECT * FROM lead_channels ORDER BY code LIMIT ? OFFSET ?")
			.params(page.size(), page.offset())
			.query(this::map)
			.list()
			.stream()
			.map(Stored::channel)
			.toList();
	}

	long count() {
		return this.jdbc.sql("SELECT count(*) FROM lead_channels").query(Long.class).single();
	}

	long countDemo() {
		return this.jdbc.sql("SELECT count(*) FROM lead_channels WHERE demo = TRUE").query(Long.class).single();
	}

	void insert(LeadChannel channel, String encryptedSecret) {
		this.jdbc.sql("""
				INSERT INTO lead_channels (code, display_name, active, secret_encrypted, secret_hint, secret_rotated_at,
				    replay_window_seconds, field_mapping, demo, version, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
				""")
			.params(channel.code(), channel.displayName(), channel.active(), encryptedSecret, channel.secretHint(),
					timestamp(channel.secretRotatedAt()), channel.replayWindow().toSeconds(), mappingJson(channel),
					channel.demo(), timestamp(channel.createdAt()), timestamp(channel.updatedAt()))
			.update();
	}

	/** Saves settings changed on top of {@code expectedVersion}; fails if it is stale. */
	void update(LeadChannel channel, long expectedVersion) {
		int updated = this.jdbc.sql("""
				UPDATE lead_channels SET display_name = ?, active = ?, replay_window_seconds = ?, field_mapping = ?,
				    updated_at = ?, version = version + 1
				WHERE code = ? AND version = ?
				""")
			.params(channel.displayName(), channel.active(), channel.replayWindow().toSeconds(), mappingJson(channel),
					timestamp(channel.updatedAt()), channel.code(), expectedVersion)
			.update();
		if (updated == 0) {
			throw ETags.stale("Lead channel", channel.code());
		}
	}

	/** Replaces the secret; the new one is no demo secret. */
	void replaceSecret(String code, String encryptedSecret, String hint, Instant at) {
		this.jdbc.sql("""
				UPDATE lead_channels SET secret_encrypted = ?, secret_hint = ?, secret_rotated_at = ?, demo = FALSE,
				    updated_at = ?, version = version + 1
				WHERE code = ?
				""").params(encryptedSecret, hint, timestamp(at), timestamp(at), code).update();
	}

	private String mappingJson(LeadChannel channel) {
		return this.json.writeValueAsString(channel.mapping().byName());
	}

	private Stored map(ResultSet rs, int row) throws SQLException {
		Map<String, FieldRule> named = this.json.readValue(rs.getString("field_mapping"), RULES);
		Map<CaptureField, FieldRule> rules = new java.util.EnumMap<>(CaptureField.class);
		named.forEach((name, rule) -> rules.put(CaptureField.named(name).orElseThrow(), rule));
		LeadChannel channel = new LeadChannel(rs.getString("code"), rs.getString("display_name"),
				rs.getBoolean("active"), Duration.ofSeconds(rs.getInt("replay_window_seconds")),
				new FieldMapping(rules), rs.getString("secret_hint"), instant(rs, "secret_rotated_at"),
				rs.getBoolean("demo"), rs.getLong("version"), instant(rs, "created_at"), instant(rs, "updated_at"));
		return new Stored(channel, rs.getString("secret_encrypted"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	private static Timestamp timestamp(Instant instant) {
		return Timestamp.from(instant);
	}

}
