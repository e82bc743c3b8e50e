package io.forecourt.kernel.security;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.support.ApiKeysForTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static io.forecourt.kernel.security.SecurityTestAccounts.bearer;
import static io.forecourt.kernel.security.SecurityTestAccounts.integratorKey;
import static io.forecourt.kernel.security.SecurityTestAccounts.uniqueName;
import static io.forecourt.kernel.security.SecurityTestAccounts.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApiAuthenticationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiKeyAuthenticator authenticator;

	@Autowired
	io.micrometer.core.instrument.MeterRegistry meters;

	@Test
	void aValidIntegratorKeyIsAcceptedAndActsWithItsRoleAndScope() throws Exception {
		UUID dealer = UUID.randomUUID();
		String secret = integratorKey(this.accounts, AccessScope.dealer(dealer));

		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(secret)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("API_KEY"))
			.andExpect(jsonPath("$.roles[0]").value("INTEGRATOR"))
			.andExpect(jsonPath("$.permissions").value(hasItem("NETWORK_READ")))
			.andExpect(jsonPath("$.scope.level").value("DEALER"))
			.andExpect(jsonPath("$.scope.dealerId").value(dealer.toString()));
	}

	@Test
	void aRequestIsObservedOnceAsAWholeNotFilterByFilter(
			@Autowired org.springframework.web.servlet.DispatcherServlet dispatcher) throws Exception {
		String secret = integratorKey(this.accounts, AccessScope.all());
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(secret)))
			.andExpect(status().isOk());

		// nor announced as an application event no one listens for (MockMvc's own
		// servlet ignores the setting, so the server's servlet is asked)
		assertThat(org.springframework.test.util.ReflectionTestUtils.getField(dispatcher, "publishEvents"))
			.isEqualTo(false);

		assertThat(this.meters.find("http.server.requests").tag("uri", "/api/v1/me").timers()).isNotEmpty();
		assertThat(this.meters.find("spring.security.filterchains").meters()).isEmpty();
		assertThat(this.meters.find("spring.security.authorizations").meters()).isEmpty();
	}

	@Test
	void issuedSecretsLookLikeFcAndFortyUrlSafeCharacters() {
		String secret = integratorKey(this.accounts, AccessScope.all());

		assertThat(secret).matches("fc_[A-Za-z0-9_-]{40}");
	}

	@Test
	void aRequestWithoutAKeyIsAnswered401AsProblemJson() throws Exception {
		expectUnauthenticated(this.mvc.perform(get("/api/v1/me")))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"forecourt\""));
	}

	@Test
	void anUnknownKeyIsAnswered401AsProblemJson() throws Exception {
		String unknown = "fc_" + "x".repeat(40);

		expectUnauthenticated(this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(unknown))))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("invalid_token")));
	}

	@Test
	void aRevokedKeyIsAnswered401FromTheNextRequestOn() throws Exception {
		IssuedKey issued = this.accounts
			.issueKey(NewApiKey.of(uniqueName("revoked"), Role.INTEGRATOR, AccessScope.all(), null, null));
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(issued.secret())))
			.andExpect(status().isOk());

		assertThat(this.accounts.revokeKey(issued.key().id())).isTrue();

		expectUnauthenticated(
				this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(issued.secret()))));
	}

	@Test
	void anExpiredKeyIsAnswered401() throws Exception {
		Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS);
		String secret = this.accounts
			.issueKey(NewApiKey.of(uniqueName("expired"), Role.INTEGRATOR, AccessScope.all(), null, yesterday))
			.secret();

		expectUnauthenticated(this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(secret))));
	}

	@Test
	void basicAuthenticationIsNotAcceptedOnTheApi() throws Exception {
		expectUnauthenticated(
				this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Basic YWRtaW46YWRtaW4=")));
	}

	@Test
	void aRoleWithoutThePermissionIsAnswered403AsProblemJson() throws Exception {
		String secret = integratorKey(this.accounts, AccessScope.all());

		this.mvc
			.perform(post("/api/v1/users").header(HttpHeaders.AUTHORIZATION, bearer(secret))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username":"%s","displayName":"X","password":"long enough password",
						 "roles":["SALES_CONSULTANT"],"scope":{"level":"ALL"}}""".formatted(uniqueName("x"))))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/forbidden"))
			.andExpect(jsonPath("$.status").value(403));
	}

	@Test
	void lastUseIsRecordedButNotRewrittenOnEveryRequest() throws Exception {
		IssuedKey issued = this.accounts
			.issueKey(NewApiKey.of(uniqueName("touch"), Role.INTEGRATOR, AccessScope.all(), null, null));
		assertThat(this.accounts.findKey(issued.key().id()).orElseThrow().lastUsedAt()).isNull();

		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(issued.secret())));
		Instant firstUse = this.accounts.findKey(issued.key().id()).orElseThrow().lastUsedAt();
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(issued.secret())));

		assertThat(firstUse).isNotNull();
		assertThat(this.accounts.findKey(issued.key().id()).orElseThrow().lastUsedAt()).isEqualTo(firstUse);
	}

	@Test
	void aPersonalTokenActsAsItsOwnerWithTheOwnersRolesAndScope() throws Exception {
		UUID region = UUID.randomUUID();
		UserAccount owner = user(this.accounts, Role.REGION_MANAGER, AccessScope.region(region));
		String secret = this.accounts.issuePersonalToken(owner.id(), "laptop", null).secret();

		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(secret)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("USER"))
			.andExpect(jsonPath("$.name").value(owner.username()))
			.andExpect(jsonPath("$.subjectId").value(owner.id().toString()))
			.andExpect(jsonPath("$.permissions").value(hasItem("STAFF_WRITE")))
			.andExpect(jsonPath("$.scope.regionId").value(region.toString()));
	}

	@Test
	void aKeyRevokedAfterItWasCachedIsRefusedFromTheNextRequestOn() throws Exception {
		String secret = ApiKeysForTests.issue(this.accounts, Role.INTEGRATOR, AccessScope.all());
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(secret)))
			.andExpect(status().isOk());
		UUID keyId = UUID.fromString(com.jayway.jsonpath.JsonPath
			.read(this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(secret)))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.subjectId"));

		io.forecourt.kernel.tenancy.CurrentAccess.asSystem(() -> this.accounts.revokeKey(keyId));

		expectUnauthenticated(this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(secret))));
	}

	@Test
	void aPersonalTokenStopsWorkingWhenItsOwnerIsDisabled() throws Exception {
		UserAccount owner = user(this.accounts, Role.OEM_HQ, AccessScope.all());
		String secret = this.accounts.issuePersonalToken(owner.id(), "laptop", null).secret();
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(secret)))
			.andExpect(status().isOk());

		// There is no endpoint to disable users yet; when there is, it clears the key
		// cache too.
		this.jdbc.sql("UPDATE user_account SET enabled = FALSE WHERE id = :id").param("id", owner.id()).update();
		this.authenticator.forgetAll();

		expectUnauthenticated(this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(secret))));
	}

	@Test
	void theOpenApiDocumentDescribesTheSecurityEndpoints() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/auth/tokens'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/api-keys/{id}'].delete").exists());
	}

	@Test
	void peopleListOnlyTheirOwnKeysAndCannotRevokeSomeoneElses() throws Exception {
		UserAccount alice = user(this.accounts, Role.SALES_CONSULTANT, AccessScope.dealer(UUID.randomUUID()));
		UserAccount bob = user(this.accounts, Role.SALES_CONSULTANT, AccessScope.dealer(UUID.randomUUID()));
		IssuedKey alicesToken = this.accounts.issuePersonalToken(alice.id(), "alice", null);
		IssuedKey bobsToken = this.accounts.issuePersonalToken(bob.id(), "bob", null);

		this.mvc.perform(get("/api/v1/api-keys").header(HttpHeaders.AUTHORIZATION, bearer(alicesToken.secret())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].id").value(alicesToken.key().id().toString()))
			.andExpect(jsonPath("$.items[*].id").value(not(hasItem(bobsToken.key().id().toString()))));
		this.mvc
			.perform(delete("/api/v1/api-keys/{id}", bobsToken.key().id()).header(HttpHeaders.AUTHORIZATION,
					bearer(alicesToken.secret())))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(delete("/api/v1/api-keys/{id}", alicesToken.key().id()).header(HttpHeaders.AUTHORIZATION,
				bearer(alicesToken.secret())))
			.andExpect(status().isNoContent());

		assertThat(this.accounts.findKey(bobsToken.key().id()).orElseThrow().revokedAt()).isNull();
		assertThat(this.accounts.findKey(alicesToken.key().id()).orElseThrow().revokedAt()).isNotNull();
	}

	@Test
	void anAccountManagerIssuesIntegratorKeysAndCreatesUsersButNotIntegratorUsers() throws Exception {
		UserAccount admin = user(this.accounts, Role.PLATFORM_ADMIN, AccessScope.all());
		String token = this.accounts.issuePersonalToken(admin.id(), "admin", null).secret();
		UUID dealer = UUID.randomUUID();

		this.mvc
			.perform(post("/api/v1/api-keys").header(HttpHeaders.AUTHORIZATION, bearer(token))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"label":"autohome","role":"INTEGRATOR","scope":{"level":"DEALER","dealerId":"%s"}}"""
					.formatted(dealer)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.secret").value(org.hamcrest.Matchers.startsWith("fc_")))
			.andExpect(jsonPath("$.key.ownerUserId").value(admin.id().toString()))
			.andExpect(jsonPath("$.key.scope.dealerId").value(dealer.toString()));
		this.mvc
			.perform(post("/api/v1/users").header(HttpHeaders.AUTHORIZATION, bearer(token))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username":"%s","displayName":"Li Wei","password":"long enough password",
						 "roles":["DEALER_MANAGER"],"scope":{"level":"DEALER","dealerId":"%s"}}"""
					.formatted(uniqueName("li.wei"), dealer)))
			.andExpect(status().isCreated())
			.andExpect(header().exists(HttpHeaders.LOCATION))
			.andExpect(jsonPath("$.roles[0]").value("DEALER_MANAGER"));
		this.mvc
			.perform(post("/api/v1/users").header(HttpHeaders.AUTHORIZATION, bearer(token))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username":"%s","displayName":"Bot","password":"long enough password",
						 "roles":["INTEGRATOR"],"scope":{"level":"ALL"}}""".formatted(uniqueName("bot"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/validation"));
	}

	@Test
	void theTokenEndpointIssuesAPersonalTokenForTheRightPasswordOnly() throws Exception {
		UserAccount user = user(this.accounts, Role.SERVICE_ADVISOR, AccessScope.dealer(UUID.randomUUID()));

		this.mvc
			.perform(post("/api/v1/auth/tokens").with(SecurityTestAccounts.fromUniqueAddress())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username":"%s","password":"wrong password","label":"cli"}""".formatted(user.username())))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		String response = this.mvc
			.perform(post("/api/v1/auth/tokens").with(SecurityTestAccounts.fromUniqueAddress())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username":"%s","password":"%s","label":"cli","expiresInDays":7}"""
					.formatted(user.username().toUpperCase(), SecurityTestAccounts.PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = com.jayway.jsonpath.JsonPath.read(response, "$.token");

		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(user.username()))
			.andExpect(jsonPath("$.roles[0]").value("SERVICE_ADVISOR"));
	}

	private static ResultActions expectUnauthenticated(ResultActions result) throws Exception {
		return result.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/unauthenticated"))
			.andExpect(jsonPath("$.status").value(401));
	}

}
