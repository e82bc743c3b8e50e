package io.forecourt.support;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Ids of the demo network's records, which every test database is seeded with. */
public final class DemoRecords {

	private DemoRecords() {
	}

	/** The id of a demo dealer by its code, e.g. {@code SH-001}. */
	public static UUID dealer(JdbcClient jdbc, String code) {
		return jdbc.sql("SELECT id FROM dealers WHERE code = ?").param(code).query(UUID.class).single();
	}

}
