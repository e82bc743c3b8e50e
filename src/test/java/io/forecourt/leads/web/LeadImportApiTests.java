package io.forecourt.leads.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.support.ApiKeysForTests;
import io.forecourt.support.DemoRecords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static io.forecourt.leads.web.LeadCsv.file;
import static io.forecourt.leads.web.LeadCsv.importAndWait;
import static io.forecourt.leads.web.LeadCsv.mobiles;
import static io.forecourt.leads.web.LeadCsv.row;
import static io.forecourt.leads.web.LeadCsv.upload;
import static io.forecourt.leads.web.LeadTestClient.as;
import static io.forecourt.leads.web.LeadTestClient.await;
import static io.forecourt.leads.web.LeadTestClient.capture;
import static io.forecourt.leads.web.LeadTestClient.lead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * CSV import of leads: progress counts, the error report, header problems, invalid and
 * junk rows kept and flagged, duplicates as sources, the timeline, permissions.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadImportApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	String integrator;

	String hq;

	String consultant;

	String manager;

	@BeforeAll
	void keys() {
		UUID sh001 = DemoRecords.dealer(this.jdbc, "SH-001");
		this.integrator = ApiKeysForTests.issue(this.accounts, Role.INTEGRATOR, AccessScope.all());
		this.hq = ApiKeysForTests.issue(this.accounts, Role.OEM_HQ, AccessScope.all());
		this.consultant = ApiKeysForTests.issue(this.accounts, Role.SALES_CONSULTANT, AccessScope.dealer(sh001));
		this.manager = ApiKeysForTests.issue(this.accounts, Role.DEALER_MANAGER, AccessScope.dealer(sh001));
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	@Test
	void anImportRunsInTheBackgroundAndCountsEveryKindOfRow() throws Exception {
		String[] phones = mobiles(3);
		String csv = file(row("autohome", phones[0], "钱明", "310100"), // line 2: new
				row("douyin", phones[1], "Li Lei", "310100"), // 3: new
				row("autohome", phones[2], "Wang Fang", "110100"), // 4: new
				row("douyin", "+86 " + phones[0], "钱明", "310100"), // 5: duplicate of line
																	// 2
				row("autohome", "12345", "No Phone", "310100"), // 6: invalid, kept
				row("autohome", "13800138000", "Test", "310100"), // 7: junk, kept
				row("autohome", mobiles(1)[0], "Bad City", "31"), // 8: rejected
																	// (cityCode)
				row("", mobiles(1)[0], "No Channel", "310100")); // 9: rejected (channel)
		String location = upload(this.mvc, this.integrator, csv).andExpect(status().isAccepted())
			.andExpect(header().string("Location", containsString("/api/v1/lead-imports/")))
			.andExpect(jsonPath("$.state").value("RUNNING"))
			.andExpect(jsonPath("$.fileName").value("leads.csv"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		String done = LeadCsv.awaitDone(this.mvc, this.integrator, location);

		assertThat((String) JsonPath.read(done, "$.state")).isEqualTo("COMPLETED");
		assertThat((Integer) JsonPath.read(done, "$.rowsRead")).isEqualTo(8);
		assertThat((Integer) JsonPath.read(done, "$.accepted")).isEqualTo(3);
		assertThat((Integer) JsonPath.read(done, "$.duplicates")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(done, "$.invalid")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(done, "$.junk")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(done, "$.rejected")).isEqualTo(2);
		assertThat((String) JsonPath.read(done, "$.finishedAt")).isNotNull();

		this.mvc.perform(as(this.integrator, get(location + "/errors")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.items[0].line").value(8))
			.andExpect(jsonPath("$.items[0].field").value("cityCode"))
			.andExpect(jsonPath("$.items[0].message").value(containsString("six-digit")))
			.andExpect(jsonPath("$.items[0].rawLine").value(containsString("Bad City")))
			.andExpect(jsonPath("$.items[1].line").value(9))
			.andExpect(jsonPath("$.items[1].field").value("channel"));
		String report = this.mvc.perform(as(this.integrator, get(location + "/errors")).accept("text/csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> lines = report.lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).isEqualTo("line,field,message,raw_line");
		assertThat(lines.get(1)).startsWith("8,cityCode,").contains("Bad City");
		assertThat(lines.get(2)).startsWith("9,channel,");
	}

	@Test
	void invalidPhonesAndJunkAreKeptAndFlaggedLikeSingleCapture() throws Exception {
		String spam = mobiles(1)[0];
		this.jdbc.sql("INSERT INTO lead_spam_numbers (phone_e164, reason, added_at) VALUES (?, 'reported', now())")
			.param("+86" + spam)
			.update();
		String campaign = "flags-" + UUID.randomUUID();
		String csv = "channel,phone,campaign\nautohome,12345," + campaign + "\nautohome,13988888888," + campaign
				+ "\nautohome,13712345678," + campaign + "\nautohome," + spam + "," + campaign + "\n";
		String done = importAndWait(this.mvc, this.integrator, csv);
		assertThat((Integer) JsonPath.read(done, "$.invalid")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(done, "$.junk")).isEqualTo(3);

		List<String> flags = this.jdbc
			.sql("SELECT status || ':' || COALESCE(junk_reason, '') || ':'"
					+ " || CASE WHEN phone_valid THEN 'valid' ELSE 'invalid' END FROM leads"
					+ " WHERE campaign = ? AND customer_id IS NULL ORDER BY status, junk_reason")
			.param(campaign)
			.query(String.class)
			.list();
		assertThat(flags).containsExactly("INVALID:phone number is not valid:invalid", "JUNK:ascending digits:valid",
				"JUNK:repeated digits:valid", "JUNK:spam list: reported:valid");
		assertThat(count("SELECT count(*) FROM customer_identities WHERE identifier = ?", "+86" + spam)).isZero();
	}

	@Test
	void aRowRepeatingAnOpenLeadAttachesAsASourceAsSingleCaptureDoes() throws Exception {
		String[] phones = mobiles(2);
		String leadId = JsonPath
			.read(capture(this.mvc, this.integrator, lead(phones[0], "")).andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.leadId");
		String done = importAndWait(this.mvc, this.integrator, file(row("douyin", phones[0], "Li Lei", "310100"),
				row("douyin", phones[1], "Han Mei", "310100"), row("brand-app", phones[1], "Han Mei", "310100")));
		assertThat((Integer) JsonPath.read(done, "$.accepted")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(done, "$.duplicates")).isEqualTo(2);

		this.mvc.perform(as(this.hq, get("/api/v1/leads/" + leadId)))
			.andExpect(jsonPath("$.sources", hasSize(2)))
			.andExpect(jsonPath("$.sources[*].channel", hasItems("autohome", "douyin")));
		UUID second = this.jdbc.sql("SELECT id FROM leads WHERE phone_e164 = ?")
			.param("+86" + phones[1])
			.query(UUID.class)
			.single();
		this.mvc.perform(as(this.hq, get("/api/v1/leads/" + second)))
			.andExpect(jsonPath("$.status").value(anyOf(is("NEW"), is("ASSIGNED"))))
			.andExpect(jsonPath("$.grade").value("H"))
			.andExpect(jsonPath("$.sources", hasSize(2)))
			.andExpect(jsonPath("$.sources[*].channel", hasItems("douyin", "brand-app")))
			.andExpect(jsonPath("$.grades", hasSize(1)));
	}

	@Test
	void importedLeadsAppearOnTheirCustomersTimeline() throws Exception {
		String phone = mobiles(1)[0];
		importAndWait(this.mvc, this.integrator, file(row("autohome", phone, "Zhou Xun", "310100")));
		UUID customer = this.jdbc
			.sql("SELECT customer_id FROM customer_identities WHERE identifier = ? AND kind = 'PHONE'")
			.param("+86" + phone)
			.query(UUID.class)
			.single();
		assertThat(count("SELECT count(*) FROM customers WHERE id = ? AND name = 'Zhou Xun' AND city_code = '310100'",
				customer))
			.isEqualTo(1);
		await(() -> count("SELECT count(*) FROM customer_timeline WHERE customer_id = ? AND type IN"
				+ " ('CUSTOMER_CREATED', 'LEAD_CAPTURED', 'LEAD_GRADED')", customer) == 3);
		assertThat(count("SELECT count(*) FROM audit_log WHERE resource_type = 'customer' AND resource_id = ?",
				customer.toString()))
			.isEqualTo(1);
	}

	@Test
	void importedLeadsAreRoutedAsCapturedOnesAre() throws Exception {
		String[] phones = mobiles(2);
		importAndWait(this.mvc, this.integrator, file(row("autohome", phones[0], "Ma Li", "640100"),
				row("autohome", phones[1], "Ma Lin", "640100"), row("autohome", "12345", "Nobody", "640100")));
		List<UUID> leads = this.jdbc.sql("SELECT id FROM leads WHERE phone_e164 IN (?, ?)")
			.params("+86" + phones[0], "+86" + phones[1])
			.query(UUID.class)
			.list();
		assertThat(leads).hasSize(2);
		for (UUID lead : leads) {
			await(() -> count("SELECT count(*) FROM lead_assignments WHERE lead_id = ?", lead) == 1);
		}
		assertThat(count("SELECT count(*) FROM lead_assignments a JOIN leads l ON l.id = a.lead_id"
				+ " WHERE l.phone_raw = '12345' AND l.campaign = 'spring' AND l.city_code = '640100'"))
			.as("invalid leads stay out of routing")
			.isZero();
	}

	@Test
	void aBadHeaderOrFileIsRefusedAndWritesNothing() throws Exception {
		long imports = count("SELECT count(*) FROM lead_imports");
		long leads = count("SELECT count(*) FROM leads");
		upload(this.mvc, this.integrator, "channel,phone,shoeSize\nautohome,13700000001,42\n")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/validation"))
			.andExpect(jsonPath("$.errors[0].field").value("header"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("shoeSize")));
		upload(this.mvc, this.integrator, "channel,name\nautohome,Li\n").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("'phone' is missing")));
		upload(this.mvc, this.integrator, "phone,phone,channel\n").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("twice")));
		upload(this.mvc, this.integrator, "").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		this.mvc
			.perform(as(this.integrator, post("/api/v1/lead-imports")).contentType("text/csv")
				.content(new byte[] { 'c', 'h', (byte) 0xC3, (byte) 0x28, '\n' }))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("UTF-8")));
		this.mvc
			.perform(as(this.integrator, post("/api/v1/lead-imports")).contentType("application/json")
				.content("{\"channel\": \"autohome\"}"))
			.andExpect(status().isUnsupportedMediaType());
		assertThat(count("SELECT count(*) FROM lead_imports")).isEqualTo(imports);
		assertThat(count("SELECT count(*) FROM leads")).isEqualTo(leads);
	}

	@Test
	void aFileThatStopsBeingCsvFailsSayingWhereItGotTo() throws Exception {
		String csv = file(row("autohome", mobiles(1)[0], "Li", "310100")) + "autohome,\"13600000000,Li\n";
		String done = importAndWait(this.mvc, this.integrator, csv);
		assertThat((String) JsonPath.read(done, "$.state")).isEqualTo("FAILED");
		assertThat((String) JsonPath.read(done, "$.failure")).contains("stopped after line 1")
			.contains("not valid CSV");
		assertThat((String) JsonPath.read(done, "$.finishedAt")).isNotNull();
	}

	@Test
	void headerNamesIgnoreCaseAndSeparatorsAndASpreadsheetsByteOrderMark() throws Exception {
		String phone = mobiles(1)[0];
		String csv = "\uFEFFChannel,PHONE,utm_source,Purchase Timeframe\nautohome," + phone
				+ ",wechat,within_15_days\n";
		String done = importAndWait(this.mvc, this.integrator, csv);
		assertThat((Integer) JsonPath.read(done, "$.accepted")).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT utm_source || '/' || purchase_timeframe FROM leads WHERE phone_e164 = ?")
			.param("+86" + phone)
			.query(String.class)
			.single()).isEqualTo("wechat/WITHIN_15_DAYS");
	}

	@Test
	void onlyHeadquartersAndIntegratorsImportAndEachIntegratorSeesOnlyItsOwn() throws Exception {
		String csv = file(row("autohome", mobiles(1)[0], "Li", "310100"));
		upload(this.mvc, this.consultant, csv).andExpect(status().isForbidden());
		upload(this.mvc, this.manager, csv).andExpect(status().isForbidden());
		this.mvc.perform(as(this.manager, get("/api/v1/lead-imports"))).andExpect(status().isForbidden());

		String done = importAndWait(this.mvc, this.hq, csv);
		String id = JsonPath.read(done, "$.id");
		this.mvc.perform(as(this.hq, get("/api/v1/lead-imports")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItems(id)));
		String regional = ApiKeysForTests.issue(this.accounts, Role.INTEGRATOR,
				AccessScope.dealer(DemoRecords.dealer(this.jdbc, "SH-001")));
		this.mvc.perform(as(regional, get("/api/v1/lead-imports/" + id))).andExpect(status().isNotFound());
		this.mvc.perform(as(regional, get("/api/v1/lead-imports/" + id + "/errors"))).andExpect(status().isNotFound());
		this.mvc.perform(as(regional, get("/api/v1/lead-imports"))).andExpect(jsonPath("$.totalItems").value(0));
	}

}
