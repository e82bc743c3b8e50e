package io.forecourt.kernel.security;

import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.audit.AuditQuery;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.web.PageRequest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.forecourt.kernel.security.SecurityTestAccounts.PASSWORD;
import static io.forecourt.kernel.security.SecurityTestAccounts.from;
import static io.forecourt.kernel.security.SecurityTestAccounts.fromUniqueAddress;
import static io.forecourt.kernel.security.SecurityTestAccounts.uniqueName;
import static io.forecourt.kernel.security.SecurityTestAccounts.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LoginRateLimitTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditLog audit;

	@Value("${forecourt.rate-limit.login-per-minute}")
	int limit;

	@Test
	void theConsoleLoginIsRefusedWithoutCheckingThePasswordOnceAnAddressIsOverTheLimit() throws Exception {
		RequestPostProcessor address = fromUniqueAddress();
		String username = uniqueName("guess");
		Attempts attempts = new Attempts();
		MvcResult refused = attempts.untilRefused(
				i -> this.mvc.perform(formLogin(username, "guess " + i).with(address)).andReturn(),
				result -> "/login?error=rate".equals(result.getResponse().getRedirectedUrl()));

		assertThat(refused.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).isNotBlank();
		unauthenticated().match(refused);
		assertThat(failedLogins(username)).as("password checks").isEqualTo(attempts.letThrough);
	}

	@Test
	void theRightPasswordDoesNotGetThroughOnceTheUsernameIsOverTheLimit() throws Exception {
		UserAccount user = user(this.accounts, Role.SALES_CONSULTANT, AccessScope.dealer(UUID.randomUUID()));
		// each guess from another address: the per-username limit still counts them
		new Attempts().untilRefused(
				i -> this.mvc.perform(formLogin(user.username(), "guess " + i).with(fromUniqueAddress())).andReturn(),
				result -> "/login?error=rate".equals(result.getResponse().getRedirectedUrl()));

		this.mvc.perform(formLogin(user.username(), PASSWORD).with(fromUniqueAddress()))
			.andExpect(redirectedUrl("/login?error=rate"))
			.andExpect(unauthenticated());
	}

	@Test
	void theTokenEndpointAnswers429WithRetryAfterOnceOverTheLimit() throws Exception {
		String address = "192.0.2." + (1 + (int) (Math.random() * 250));
		MvcResult refused = new Attempts().untilRefused(
				i -> this.mvc.perform(tokenRequest(uniqueName("guess")).with(from(address))).andReturn(),
				result -> result.getResponse().getStatus() != 401);

		status().isTooManyRequests().match(refused);
		header().exists(HttpHeaders.RETRY_AFTER).match(refused);
		content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).match(refused);
		jsonPath("$.type").value("https://forecourt.dev/problems/rate-limited").match(refused);
	}

	/**
	 * Attempts one after another until one is refused. A limit of n a minute lets n
	 * through at once and gives one back every minute / n (2 s at this profile's 30): on
	 * a slow machine the attempts themselves take that long, so the allowance grows with
	 * the time they took; never fewer than n, never more than the allowance.
	 */
	private final class Attempts {

		private final long started = System.nanoTime();

		int letThrough;

		MvcResult untilRefused(Attempt attempt, java.util.function.Predicate<MvcResult> refused) throws Exception {
			while (true) {
				MvcResult result = attempt.perform(this.letThrough);
				if (refused.test(result)) {
					assertThat(this.letThrough).as("attempts let through before the refusal")
						.isGreaterThanOrEqualTo(LoginRateLimitTests.this.limit);
					return result;
				}
				this.letThrough++;
				long givenBack = (System.nanoTime() - this.started)
						/ (60_000_000_000L / LoginRateLimitTests.this.limit);
				assertThat(this.letThrough)
					.as("attempts let through (limit %d, %d given back since the first)",
							LoginRateLimitTests.this.limit, givenBack)
					.isLessThanOrEqualTo(LoginRateLimitTests.this.limit + (int) givenBack);
			}
		}

	}

	@FunctionalInterface
	private interface Attempt {

		MvcResult perform(int number) throws Exception;

	}

	private static MockHttpServletRequestBuilder formLogin(String username, String password) {
		return post("/login").with(csrf()).param("username", username).param("password", password);
	}

	private static MockHttpServletRequestBuilder tokenRequest(String username) {
		return post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON).content("""
				{"username":"%s","password":"not the password","label":"cli"}""".formatted(username));
	}

	private long failedLogins(String username) {
		return this.audit.find(new AuditQuery(null, null, username, AuditAction.LOGIN_FAILED), new PageRequest(0, 1))
			.totalItems();
	}

}
