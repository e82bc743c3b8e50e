package io.forecourt.network.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The OEM at the top of the network; one per deployment today, a tenant key tomorrow. */
@Repository
public class Oems {

	private final JdbcClient jdbc;

	Oems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<UUID> theOem() {
		return this.jdbc.sql("SELECT id FROM oems ORDER BY created_at LIMIT 1").query(UUID.class).optional();
	}

	public UUID create(String code, String nameZh, String nameEn, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO oems (id, code, name_zh, name_en, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(id, code, nameZh, nameEn, Timestamp.from(now))
			.update();
		return id;
	}

}
