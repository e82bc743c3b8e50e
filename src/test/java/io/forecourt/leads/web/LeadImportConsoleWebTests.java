package io.forecourt.leads.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.support.ConsoleWebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.forecourt.support.TestPrincipals.CONSULTANT;
import static io.forecourt.support.TestPrincipals.HQ;
import static io.forecourt.support.TestPrincipals.authenticated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import pages: upload, progress that polls only while running, the error report and
 * its download, refusals of bad files, and who may use them.
 */
@ConsoleWebTest
class LeadImportConsoleWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private static RequestPostProcessor as(ForecourtPrincipal principal) {
		return authentication(authenticated(principal));
	}

	@Test
	void theImportPageListsTheColumnsInBothLanguages() throws Exception {
		this.mvc.perform(get("/leads/imports").with(as(HQ)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"import-upload\""),
					containsString("enctype=\"multipart/form-data\""), containsString("purchaseTimeframe"),
					containsString("Lead imports"), containsString("href=\"/leads/imports\""))));
		this.mvc.perform(get("/leads/imports").with(as(HQ)).param("lang", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("线索导入")));
	}

	@Test
	void anUploadRunsAndItsPageShowsProgressTheRejectedRowsAndTheDownload() throws Exception {
		String[] phones = LeadCsv.mobiles(2);
		String csv = LeadCsv.file(LeadCsv.row("autohome", phones[0], "Li Lei", "310100"),
				LeadCsv.row("=1+2", phones[1], "Han Mei", "31"));
		String location = this.mvc
			.perform(multipart("/leads/imports")
				.file(new MockMultipartFile("file", "spring.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(as(HQ))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/leads/imports/");
		UUID id = UUID.fromString(location.substring("/leads/imports/".length()));
		awaitDone(id);

		this.mvc.perform(get(location).with(as(HQ)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("spring.csv"), containsString("data-state=\"COMPLETED\""),
					not(containsString("hx-trigger")), containsString("id=\"import-errors\""),
					containsString("a six-digit GB/T 2260 code"), containsString("/errors.csv"))));
		this.mvc.perform(get(location + "/errors.csv").with(as(HQ)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().string(containsString("'=1+2,")));
	}

	@Test
	void aRunningImportsProgressCardPollsItself() throws Exception {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO lead_imports (id, file_name, state, rows_read, accepted, duplicates, invalid, junk,"
				+ " rejected, chunks, started_by, owner_subject, started_at, heartbeat_at)"
				+ " VALUES (?, 'running.csv', 'RUNNING', 5000, 4900, 0, 50, 50, 0, 1, 'hq', 'test:hq', now(), now())")
			.param(id)
			.update();
		this.mvc.perform(get("/leads/imports/" + id).with(as(HQ)).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("hx-trigger=\"every 2s\""),
					containsString("id=\"import-progress\""), not(containsString("<html")))));
	}

	@Test
	void aBadFileIsRefusedOnThePageWithWhatIsWrong() throws Exception {
		this.mvc
			.perform(multipart("/leads/imports")
				.file(new MockMultipartFile("file", "bad.csv", "text/csv",
						"channel,phone,shoeSize\n".getBytes(StandardCharsets.UTF_8)))
				.with(as(HQ))
				.with(csrf())
				.param("lang", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"import-problem\""), containsString("shoeSize"))));
	}

	@Test
	void dealerStaffHaveNoImportPageAndNoMenuEntry() throws Exception {
		this.mvc.perform(get("/leads/imports").with(as(CONSULTANT))).andExpect(status().isForbidden());
		this.mvc.perform(get("/").with(as(CONSULTANT)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/leads/imports\""))));
		this.mvc.perform(get("/leads/imports/" + UUID.randomUUID()).with(as(HQ))).andExpect(status().isNotFound());
	}

	private void awaitDone(UUID id) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!"COMPLETED".equals(
				this.jdbc.sql("SELECT state FROM lead_imports WHERE id = ?").param(id).query(String.class).single())) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("import not completed");
			}
			Thread.sleep(50);
		}
	}

}
