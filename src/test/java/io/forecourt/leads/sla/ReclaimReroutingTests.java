package io.forecourt.leads.sla;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.support.ApiKeysForTests;
import io.forecourt.support.TestDealers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 线索回收 end to end with automatic routing: a dealer that misses first contact twice loses
 * the lead, and routing sends it to another dealer, never back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReclaimReroutingTests {

	/** Lanzhou: no demo dealer in the city or in Gansu. */
	private static final String LANZHOU = "620100";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SlaBreachJob job;

	@Test
	void aLeadReclaimedAfterTheSecondBreachGoesToAnotherDealer() throws Exception {
		String hq = ApiKeysForTests.issue(this.accounts, Role.OEM_HQ, AccessScope.all());
		List<UUID> dealers = List.of(TestDealers.register(this.mvc, this.jdbc, hq, "LZ1", LANZHOU, List.of("顾问")),
				TestDealers.register(this.mvc, this.jdbc, hq, "LZ2", LANZHOU, List.of("顾问")));
		String body = this.mvc
			.perform(post("/api/v1/leads").header("Authorization", "Bearer " + hq)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"channel\": \"autohome\", \"phone\": \"" + mobile() + "\", \"cityCode\": \"" + LANZHOU
						+ "\", \"purchaseTimeframe\": \"WITHIN_7_DAYS\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID lead = UUID.fromString(JsonPath.read(body, "$.leadId"));
		UUID first = await(() -> dealerOf(lead), dealer -> dealer != null);
		assertThat(dealers).contains(first);

		// the dealer was told once already; its second window has run out too
		this.jdbc.sql("UPDATE leads SET sla_breaches = 1, sla_due_at = ? WHERE id = ?")
			.params(Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))), lead)
			.update();
		assertThat(this.job.detectBreaches()).isPositive();

		UUID second = await(() -> dealerOf(lead), dealer -> dealer != null && !dealer.equals(first));
		assertThat(dealers).contains(second);
		assertThat(this.jdbc.sql("SELECT reason FROM lead_assignments WHERE lead_id = ? ORDER BY assigned_at")
			.param(lead)
			.query(String.class)
			.list()).containsSubsequence("ROUTED", "RECLAIMED", "ROUTED");
		assertThat(this.jdbc.sql("SELECT status FROM leads WHERE id = ?").param(lead).query(String.class).single())
			.isEqualTo("ASSIGNED");
	}

	private UUID dealerOf(UUID lead) {
		return this.jdbc.sql("SELECT dealer_id FROM leads WHERE id = ?")
			.param(lead)
			.query((rs, n) -> rs.getObject(1, UUID.class))
			.list()
			.get(0);
	}

	private static <T> T await(java.util.function.Supplier<T> value, java.util.function.Predicate<T> until)
			throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (true) {
			T current = value.get();
			if (until.test(current)) {
				return current;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not reached within 10 seconds; last " + current);
			}
			Thread.sleep(50);
		}
	}

	private static String mobile() {
		return "135" + String.format("%08d",
				java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
	}

}
