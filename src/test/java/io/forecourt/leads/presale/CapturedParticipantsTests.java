package io.forecourt.leads.presale;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.jdbc.BulkInsert;
import io.forecourt.support.TestDatabase;
import io.forecourt.support.TestServices;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Which of a batch's phones a campaign has captured is answered by probing each phone,
 * also for a campaign newer than the table's statistics, as a launch's campaign always
 * is: as a join, PostgreSQL read all of the campaign's captured participants for every
 * batch (0.4-0.7 s a batch late in a launch of 480,000).
 */
class CapturedParticipantsTests {

	private static final int CAPTURED_BEFORE_STATISTICS = 2_000;

	private static final int CAPTURED_IN_THE_LAUNCH = 20_000;

	@Test
	void aNewCampaignsCapturedPhonesAreFoundByProbingEachPhoneOnPostgresql() {
		assumeThat(TestServices.POSTGRESQL.available() || TestServices.required())
			.as("PostgreSQL at " + TestServices.POSTGRESQL.describe())
			.isTrue();
		try (TestDatabase.Schema schema = TestDatabase.freshSchema("captured")) {
			DataSource postgres = new DriverManagerDataSource(schema.url(), schema.user(), schema.password());
			Launch launch = launch(postgres, "postgresql");
			// a launch's table holds millions of participants, read whole at a far higher
			// cost than these 22,000: without sequential scans the planner weighs the
			// rest as it would there
			SingleConnectionDataSource connection = new SingleConnectionDataSource(schema.url(), schema.user(),
					schema.password(), true);
			JdbcClient jdbc = JdbcClient.create(connection);
			jdbc.sql("SET enable_seqscan = off").update();

			PresaleParticipants.Query query = launch.participants().capturedOfQuery(launch.campaign(), launch.asked());
			String plan = jdbc.sql("EXPLAIN (ANALYZE, FORMAT JSON) " + query.sql())
				.params(query.params())
				.query(String.class)
				.single();

			List<Integer> rowsPerNode = JsonPath.read(plan, "$..['Actual Rows']");
			assertThat(rowsPerNode).as(plan).allSatisfy(rows -> assertThat(rows).isLessThanOrEqualTo(1_000));
			connection.destroy();
		}
	}

	@Test
	void aNewCampaignsCapturedPhonesAreFoundOnH2() {
		DataSource h2 = new DriverManagerDataSource(
				"jdbc:h2:mem:captured-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"sa", "");
		launch(h2, "h2");
	}

	/**
	 * A database with one campaign captured before its statistics were gathered and one
	 * launched since; checks that the launch's captured phones are found, and no others.
	 */
	private static Launch launch(DataSource dataSource, String vendor) {
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
			.load()
			.migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		UUID earlier = UUID.randomUUID();
		UUID campaign = UUID.randomUUID();
		BulkInsert bulk = new BulkInsert(dataSource);
		bulk.into("lead_presale_participants", List.of("campaign_id", "phone_key", "lead_id", "outcome", "captured_at"),
				rows(earlier, 0, CAPTURED_BEFORE_STATISTICS));
		if (vendor.equals("postgresql")) {
			jdbc.sql("ANALYZE lead_presale_participants").update();
		}
		bulk.into("lead_presale_participants", List.of("campaign_id", "phone_key", "lead_id", "outcome", "captured_at"),
				rows(campaign, 0, CAPTURED_IN_THE_LAUNCH));

		// 200 of the launch's captured phones, 100 it has not captured (one of which the
		// earlier campaign has)
		List<String> asked = new ArrayList<>();
		IntStream.range(10_000, 10_200).mapToObj(CapturedParticipantsTests::phone).forEach(asked::add);
		IntStream.range(CAPTURED_IN_THE_LAUNCH, CAPTURED_IN_THE_LAUNCH + 99)
			.mapToObj(CapturedParticipantsTests::phone)
			.forEach(asked::add);
		asked.add(phone(CAPTURED_BEFORE_STATISTICS + CAPTURED_IN_THE_LAUNCH));
		jdbc.sql("UPDATE lead_presale_participants SET phone_key = ? WHERE campaign_id = ? AND phone_key = ?")
			.params(phone(CAPTURED_BEFORE_STATISTICS + CAPTURED_IN_THE_LAUNCH), earlier, phone(0))
			.update();

		PresaleParticipants participants = new PresaleParticipants(jdbc, bulk);
		Set<String> captured = participants.capturedOf(campaign, asked);

		assertThat(captured).hasSize(200).containsAll(asked.subList(0, 200));
		return new Launch(participants, campaign, asked);
	}

	private static List<Object[]> rows(UUID campaign, int from, int to) {
		return IntStream.range(from, to)
			.mapToObj(i -> new Object[] { campaign, phone(i), UUID.randomUUID(), "SOLD_OUT",
					java.time.Instant.parse("2026-11-23T02:00:00Z") })
			.toList();
	}

	private static String phone(int i) {
		return "+86139%08d".formatted(i);
	}

	private record Launch(PresaleParticipants participants, UUID campaign, List<String> asked) {
	}

}
