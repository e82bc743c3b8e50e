package io.forecourt.presale.participants;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import io.forecourt.presale.PresaleParticipantsJoined.Outcome;
import io.forecourt.presale.PresaleParticipantsJoined.Participant;
import io.forecourt.support.TestDatabase;
import io.forecourt.support.TestServices;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Participants that were recorded one row each, before batches, and were still waiting
 * for the handover when the database was upgraded move into batches, in the order they
 * took part and with every field the lead center needs, on PostgreSQL and on the embedded
 * H2; participants already handed over stay as they were.
 */
class ParticipantBatchMigrationTests {

	/** The last version before participants were recorded in batches. */
	private static final String BEFORE_BATCHES = "2026.11.25.0900";

	@Test
	void waitingParticipantsMoveIntoBatchesOnH2() {
		DataSource h2 = new DriverManagerDataSource(
				"jdbc:h2:mem:migration-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"sa", "");
		waitingParticipantsMoveIntoBatches(h2, "h2");
	}

	@Test
	void waitingParticipantsMoveIntoBatchesOnPostgresql() {
		assumeThat(TestServices.POSTGRESQL.available() || TestServices.required())
			.as("PostgreSQL at " + TestServices.POSTGRESQL.describe())
			.isTrue();
		try (TestDatabase.Schema schema = TestDatabase.freshSchema("batches")) {
			DataSource postgres = new DriverManagerDataSource(schema.url(), schema.user(), schema.password());
			waitingParticipantsMoveIntoBatches(postgres, "postgresql");
		}
	}

	private static void waitingParticipantsMoveIntoBatches(DataSource dataSource, String vendor) {
		FluentConfiguration flyway = Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration", "classpath:db/vendor/" + vendor);
		flyway.target(BEFORE_BATCHES).load().migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		UUID campaign = UUID.randomUUID();
		Instant opens = Instant.parse("2026-11-20T02:00:00Z");
		jdbc.sql(
				"""
						INSERT INTO presale_campaigns (id, code, name_zh, name_en, brand, model_code, quota, opens_at, closes_at,
						  deposit, payment_window_seconds, per_person_limit, id_number_required, region_codes, city_codes,
						  created_at, created_by)
						VALUES (?, 'MIGRATE', '迁移', 'Migrate', 'Huaxia', 'E5', 10, ?, ?, 5000, 900, 1, FALSE, '', '', ?, 'test')
						""")
			.params(campaign, Timestamp.from(opens), Timestamp.from(opens.plusSeconds(86_400)), Timestamp.from(opens))
			.update();
		String later = "b".repeat(64);
		String earlier = "a".repeat(64);
		participant(jdbc, campaign, later, "SOLD_OUT", opens.plusMillis(2_500), "+8613900000002", null, null, false,
				null, null);
		participant(jdbc, campaign, earlier, "RESERVED", opens.plusNanos(1_234_000), "+8613900000001", "张三", "Q3W8RT2M",
				true, "310100", "{\"phone\": \"13900000001\", \"name\": \"张三\"}");
		participant(jdbc, campaign, "c".repeat(64), "SOLD_OUT", opens, null, null, null, false, null, null);
		jdbc.sql("INSERT INTO presale_participants (campaign_id, person_key, outcome, attempted_at, handed_over_at)"
				+ " VALUES (?, ?, 'NOT_OPEN', ?, ?)")
			.params(campaign, "d".repeat(64), Timestamp.from(opens), Timestamp.from(opens))
			.update();

		flyway.target("latest").load().migrate();

		List<String> batches = jdbc
			.sql("SELECT participants FROM presale_participant_batches WHERE campaign_id = ? AND people = 2")
			.param(campaign)
			.query(String.class)
			.list();
		assertThat(batches).hasSize(1);
		assertThat(ParticipantBatch.read(batches.get(0))).containsExactly(
				new ParticipantBatch.Entry(earlier,
						new Participant("+8613900000001", "张三", Outcome.RESERVED, "Q3W8RT2M", "310100", true,
								opens.plusNanos(1_234_000), "{\"phone\": \"13900000001\", \"name\": \"张三\"}")),
				new ParticipantBatch.Entry(later, new Participant("+8613900000002", null, Outcome.SOLD_OUT, null, null,
						false, opens.plusMillis(2_500), null)));
		assertThat(jdbc.sql("SELECT count(*) FROM presale_participant_batches").query(Long.class).single())
			.isEqualTo(1);
		// the people handed over, and the one recorded without a phone (nothing to hand
		// over), remain, each marked
		assertThat(jdbc.sql("SELECT person_key, handed_over_at FROM presale_participants ORDER BY person_key")
			.query((rs, n) -> rs.getString(1).strip() + " " + rs.getTimestamp(2).toInstant())
			.list()).containsExactly("c".repeat(64) + " " + opens, "d".repeat(64) + " " + opens);
	}

	private static void participant(JdbcClient jdbc, UUID campaign, String personKey, String outcome, Instant at,
			String phone, String name, String configuration, boolean consent, String city, String raw) {
		jdbc.sql("""
				INSERT INTO presale_participants (campaign_id, person_key, outcome, attempted_at, phone, name,
				  configuration_code, consent_marketing, city_code, raw_payload)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(campaign, personKey, outcome, Timestamp.from(at), phone, name, configuration, consent, city, raw)
			.update();
	}

}
