package io.forecourt.leads.web;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.support.ApiKeysForTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A large file is imported a chunk at a time: 50,000 rows in chunks of 5,000, each
 * committed with its progress, with the counts adding up. Automatic routing is off here:
 * routing 50,000 Shanghai leads would fill the demo dealers' day for every later test.
 */
@SpringBootTest(properties = "forecourt.leads.routing.automatic=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LeadImportStreamingTests {

	static final int ROWS = 50_000;

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fiftyThousandRowsAreImportedInChunksAndEveryRowIsCounted() throws Exception {
		String key = ApiKeysForTests.issue(this.accounts, Role.INTEGRATOR, AccessScope.all());
		String campaign = "stream-" + UUID.randomUUID();
		String[] phones = LeadCsv.mobiles(ROWS);
		StringBuilder csv = new StringBuilder("channel,phone,name,cityCode,purchaseTimeframe,campaign\n");
		int rejected = 0;
		int invalid = 0;
		int repeats = 0;
		for (int i = 0; i < ROWS; i++) {
			String phone = phones[i];
			String city = "310100";
			if (i % 100 == 1) {
				city = "31";
				rejected++;
			}
			else if (i % 100 == 2) {
				phone = "12345";
				invalid++;
			}
			else if (i % 100 == 3) {
				phone = phones[i - 3];
				repeats++;
			}
			// a name (quoted, with a comma) on some rows: named rows also get weak
			// matching,
			// which on the embedded H2 reads every customer
			String name = i % 100 == 0 ? "\"Li, Lei " + i + "\"" : "";
			csv.append(i % 2 == 0 ? "autohome" : "douyin")
				.append(',')
				.append(phone)
				.append(',')
				.append(name)
				.append(',')
				.append(city)
				.append(",WITHIN_30_DAYS,")
				.append(campaign)
				.append('\n');
		}
		String done = LeadCsv.importAndWait(this.mvc, key, csv.toString());

		assertThat((String) JsonPath.read(done, "$.state")).isEqualTo("COMPLETED");
		assertThat((Integer) JsonPath.read(done, "$.rowsRead")).isEqualTo(ROWS);
		assertThat((Integer) JsonPath.read(done, "$.chunks")).as("committed a chunk at a time").isEqualTo(10);
		assertThat((Integer) JsonPath.read(done, "$.rejected")).isEqualTo(rejected);
		assertThat((Integer) JsonPath.read(done, "$.invalid")).isEqualTo(invalid);
		assertThat((Integer) JsonPath.read(done, "$.duplicates")).isEqualTo(repeats);
		assertThat((Integer) JsonPath.read(done, "$.accepted")).isEqualTo(ROWS - rejected - invalid - repeats);
		assertThat(this.jdbc.sql("SELECT count(*) FROM leads WHERE campaign = ?")
			.param(campaign)
			.query(Long.class)
			.single()).isEqualTo(ROWS - rejected - repeats);
		assertThat(this.jdbc.sql("SELECT count(*) FROM lead_sources WHERE campaign = ?")
			.param(campaign)
			.query(Long.class)
			.single()).isEqualTo(ROWS - rejected);
		forget(campaign);
	}

	/**
	 * Removes the 50,000 leads again: later tests that read every lead (the funnel) would
	 * otherwise work through them.
	 */
	private void forget(String campaign) {
		String ofCampaign = "SELECT id FROM leads WHERE campaign = ?";
		for (String table : new String[] { "lead_sources", "lead_grade_history", "lead_assignments",
				"lead_sla_breaches", "lead_alerts", "lead_follow_ups", "lead_defeats" }) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE lead_id IN (" + ofCampaign + ")").param(campaign).update();
		}
		this.jdbc.sql("DELETE FROM leads WHERE campaign = ?").param(campaign).update();
	}

}
