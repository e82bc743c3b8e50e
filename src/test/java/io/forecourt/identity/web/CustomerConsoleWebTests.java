package io.forecourt.identity.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.forecourt.identity.CustomerIdentification;
import io.forecourt.identity.Identifier;
import io.forecourt.identity.ResolutionRequest;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.support.ConsoleWebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.forecourt.support.TestPrincipals.CONSULTANT;
import static io.forecourt.support.TestPrincipals.HQ;
import static io.forecourt.support.TestPrincipals.authenticated;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The customer pages: search results through htmx, masking by role, scope (404 outside
 * it), merge actions only for HQ, and the 360 page after merges.
 */
@ConsoleWebTest
class CustomerConsoleWebTests {

	/** The dealer of {@code TestPrincipals.CONSULTANT}. */
	static final UUID CONSULTANT_DEALER = UUID.fromString("6f1c2a3b-0000-4000-8000-000000000001");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CustomerIdentification identification;

	@Autowired
	io.forecourt.identity.domain.CustomerEngagement engagement;

	@Test
	void theThreeSixtyPageShowsTagsConsentsAndTheTimeline() throws Exception {
		UUID id = resolve(unique("孙"), Identifier.phone(mobile()));
		io.forecourt.kernel.tenancy.CurrentAccess.asSystem(() -> {
			this.engagement.addTag(id, "试驾意向");
			this.engagement.recordConsent(id, new io.forecourt.identity.domain.CustomerEngagement.ConsentInput(
					"MARKETING_SMS", true, "brand-app", "privacy-v3"));
		});

		this.mvc.perform(get("/customers/" + id).with(as(HQ)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-tag=\"试驾意向\""),
					containsString("data-purpose=\"MARKETING_SMS\""), containsString("Granted"),
					containsString("via brand-app"), containsString("id=\"customer-timeline\""))));
	}

	@Test
	void searchingByPhoneListsTheCustomerWithTheirPhoneMasked() throws Exception {
		String phone = mobile();
		String name = unique("周");
		UUID id = resolve(name, Identifier.phone(phone));

		this.mvc
			.perform(get("/customers").param("by", "phone")
				.param("q", "+86 " + phone)
				.with(as(HQ))
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-customer-id=\"" + id + "\""), containsString(name),
					containsString(phone.substring(0, 3) + "****"), not(containsString(phone)),
					not(containsString("<nav")))));
	}

	@Test
	void theSearchExplainsWhatToDoWhenThereIsNothingToShow() throws Exception {
		this.mvc.perform(get("/customers").with(as(HQ)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"customer-search-start\""),
					containsString("data-nav-id=\"identity.customers\""))));
		this.mvc.perform(get("/customers").param("by", "phone").param("q", mobile()).with(as(HQ)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"customer-empty\"")));
		this.mvc.perform(get("/customers").param("by", "phone").param("q", "12345").with(as(HQ)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"customer-search-problem\""), containsString("Please check the input"))));
	}

	@Test
	void headquartersSeesIdentitiesInFullAndTheConsultantMasked() throws Exception {
		String phone = mobile();
		String idNumber = nationalId();
		UUID id = resolve(unique("吴"), Identifier.phone(phone), Identifier.nationalId(idNumber));
		link(id, CONSULTANT_DEALER);

		this.mvc.perform(get("/customers/" + id).with(as(HQ)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("+86" + phone), containsString(idNumber),
					containsString("id=\"merge-form\""))));
		this.mvc.perform(get("/customers/" + id).with(as(CONSULTANT)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(phone.substring(0, 3) + "****"),
					not(containsString(phone)), not(containsString(idNumber)), not(containsString("id=\"merge-form\"")),
					not(containsString("unmerge")),
					not(containsString("data-nav-id=\"identity.merge-suggestions\"")))));
	}

	@Test
	void aConsultantMayNeitherMergeNorReviewSuggestionsNorSeeCustomersOutsideTheirDealer() throws Exception {
		UUID mine = resolve(unique("郑"), Identifier.phone(mobile()));
		UUID other = resolve(unique("郑"), Identifier.phone(mobile()));
		link(mine, CONSULTANT_DEALER);

		this.mvc
			.perform(post("/customers/" + mine + "/merge").param("otherId", other.toString())
				.with(as(CONSULTANT))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/customers/merge-suggestions").with(as(CONSULTANT))).andExpect(status().isForbidden());
		this.mvc.perform(get("/customers/" + other).with(as(CONSULTANT))).andExpect(status().isNotFound());
		this.mvc.perform(get("/customers/" + UUID.randomUUID()).with(as(HQ))).andExpect(status().isNotFound());
	}

	@Test
	void acceptingASuggestionMergesAndTheRowShowsTheOutcome() throws Exception {
		String name = unique("赵");
		UUID first = resolve(name, "440100", "Huaxia X9", Identifier.phone(mobile()));
		UUID second = resolve(name, "440100", "Huaxia X9", Identifier.phone(mobile()));
		UUID suggestion = this.jdbc
			.sql("SELECT id FROM merge_suggestions WHERE status = 'OPEN' AND customer_a IN (?, ?)"
					+ " AND customer_b IN (?, ?)")
			.params(first, second, first, second)
			.query(UUID.class)
			.single();

		this.mvc.perform(get("/customers/merge-suggestions").with(as(HQ)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-suggestion-id=\"" + suggestion + "\"")));
		this.mvc
			.perform(post("/customers/merge-suggestions/" + suggestion + "/accept").with(as(HQ))
				.with(csrf())
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-status=\"ACCEPTED\""), not(containsString("<nav")),
					containsString("/customers/" + first))));

		this.mvc.perform(get("/customers/" + second).with(as(HQ)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"customer-merged-notice\""),
					containsString("data-merged-id=\"" + second + "\""), containsString("identity-from-merged"))));
		// Deciding twice answers in place instead of failing the page.
		this.mvc
			.perform(post("/customers/merge-suggestions/" + suggestion + "/reject").with(as(HQ))
				.with(csrf())
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"suggestion-" + suggestion + "\"")));
	}

	@Test
	void headquartersMergesByHandAndUndoesIt() throws Exception {
		UUID older = resolve(unique("孙"), Identifier.phone(mobile()));
		UUID newer = resolve(unique("孙"), Identifier.phone(mobile()));

		this.mvc
			.perform(post("/customers/" + newer + "/merge").param("otherId", older.toString())
				.param("reason", "confirmed by phone")
				.with(as(HQ))
				.with(csrf()))
			.andExpect(redirectedUrl("/customers/" + older))
			.andExpect(flash().attributeExists("flash"));
		this.mvc.perform(get("/customers/" + older).with(as(HQ)))
			.andExpect(content().string(
					allOf(containsString("confirmed by phone"), containsString("data-merged-id=\"" + newer + "\""))));

		this.mvc.perform(
				post("/customers/" + older + "/unmerge").param("mergedId", newer.toString()).with(as(HQ)).with(csrf()))
			.andExpect(redirectedUrl("/customers/" + older));
		this.mvc.perform(get("/customers/" + newer).with(as(HQ)))
			.andExpect(content().string(not(containsString("customer-merged-notice"))));
		this.mvc.perform(post("/customers/" + older + "/merge").param("otherId", "not-an-id").with(as(HQ)).with(csrf()))
			.andExpect(redirectedUrl("/customers/" + older))
			.andExpect(flash().attributeExists("flash"));
	}

	private UUID resolve(String name, Identifier... identifiers) {
		return resolve(name, null, null, identifiers);
	}

	private UUID resolve(String name, String cityCode, String modelInterest, Identifier... identifiers) {
		return this.identification
			.resolve(new ResolutionRequest(List.of(identifiers), name, cityCode, modelInterest, "test"))
			.customerId();
	}

	private void link(UUID customer, UUID dealer) {
		this.jdbc
			.sql("INSERT INTO customer_dealers (customer_id, dealer_id, reason, linked_at) VALUES (?, ?, 'test', ?)")
			.params(customer, dealer, Timestamp.from(Instant.now()))
			.update();
	}

	static String mobile() {
		return "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	/** A fresh valid national ID number (GB 11643 check character). */
	static String nationalId() {
		String body = "310104" + "1990"
				+ String.format("%02d%02d", 1 + ThreadLocalRandom.current().nextInt(12),
						1 + ThreadLocalRandom.current().nextInt(28))
				+ String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * weights[i];
		}
		return body + "10X98765432".charAt(sum % 11);
	}

	static String unique(String surname) {
		return surname + UUID.randomUUID().toString().substring(0, 6);
	}

	private static RequestPostProcessor as(ForecourtPrincipal principal) {
		return authentication(authenticated(principal));
	}

}
