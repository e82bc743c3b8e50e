package io.forecourt.kernel.security;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.audit.AuditQuery;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static io.forecourt.kernel.security.SecurityTestAccounts.PASSWORD;
import static io.forecourt.kernel.security.SecurityTestAccounts.fromUniqueAddress;
import static io.forecourt.kernel.security.SecurityTestAccounts.uniqueName;
import static io.forecourt.kernel.security.SecurityTestAccounts.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ConsoleLoginTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aUserSignsInWithTheFormAndActsAsAForecourtPrincipal() throws Exception {
		UUID dealer = UUID.randomUUID();
		UserAccount user = user(this.accounts, Role.DEALER_MANAGER, AccessScope.dealer(dealer));

		this.mvc
			.perform(post("/login").with(csrf())
				.with(fromUniqueAddress())
				.param("username", user.username())
				.param("password", PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withAuthentication(authentication -> {
				assertThat(authentication.getPrincipal()).isInstanceOf(ForecourtPrincipal.class);
				ForecourtPrincipal principal = (ForecourtPrincipal) authentication.getPrincipal();
				assertThat(principal.scope()).isEqualTo(AccessScope.dealer(dealer));
				assertThat(principal.kind()).isEqualTo(ForecourtPrincipal.Kind.USER);
			}))
			.andExpect(authenticated().withAuthorities(ForecourtAuthentication.authorities(user.principal())));
	}

	@Test
	void aWrongPasswordGoesBackToTheLoginPageAndIsAudited() throws Exception {
		UserAccount user = user(this.accounts, Role.SALES_CONSULTANT, AccessScope.dealer(UUID.randomUUID()));

		this.mvc
			.perform(post("/login").with(csrf())
				.with(fromUniqueAddress())
				.param("username", user.username())
				.param("password", "not the password"))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());

		assertThat(this.audit
			.find(new AuditQuery(null, null, user.username(), AuditAction.LOGIN_FAILED), new PageRequest(0, 10))
			.items()).singleElement().satisfies(entry -> assertThat(entry.detail()).isEqualTo("wrong password"));
	}

	@Test
	void aSuccessfulLoginIsAudited() throws Exception {
		UserAccount user = user(this.accounts, Role.OEM_HQ, AccessScope.all());

		this.mvc.perform(post("/login").with(csrf())
			.with(fromUniqueAddress())
			.param("username", user.username())
			.param("password", PASSWORD));

		assertThat(this.audit
			.find(new AuditQuery(null, null, user.username(), AuditAction.LOGIN_SUCCEEDED), new PageRequest(0, 10))
			.totalItems()).isEqualTo(1);
	}

	@Test
	void anIntegratorCanNeverSignInToTheConsoleEvenWithTheRightPassword() throws Exception {
		// Accounts refuses to create such a user; this row stands for one put in by hand.
		String username = uniqueName("integrator");
		String hash = this.jdbc.sql("SELECT password_hash FROM user_account WHERE username = :u")
			.param("u", user(this.accounts, Role.SALES_CONSULTANT, AccessScope.all()).username())
			.query(String.class)
			.single();
		this.jdbc
			.sql("INSERT INTO user_account (id, username, display_name, password_hash, roles, scope_level, enabled,"
					+ " demo, created_at, version) VALUES (:id, :u, 'Bot', :hash, 'INTEGRATOR', 'ALL', TRUE, FALSE,"
					+ " :now, 0)")
			.param("id", UUID.randomUUID())
			.param("u", username)
			.param("hash", hash)
			.param("now", OffsetDateTime.now())
			.update();

		this.mvc
			.perform(post("/login").with(csrf())
				.with(fromUniqueAddress())
				.param("username", username)
				.param("password", PASSWORD))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
	}

	@Test
	void integratorUsersCannotBeCreated() {
		assertThatThrownBy(() -> this.accounts.createUser(new NewUser(uniqueName("bot"), "Bot", PASSWORD,
				Set.of(Role.INTEGRATOR), AccessScope.all(), null, false)))
			.isInstanceOf(ProblemException.class)
			.hasMessageContaining("API-only");
	}

	@Test
	void anApiKeyIsNotAConsolePassword() throws Exception {
		IssuedKey key = this.accounts
			.issueKey(NewApiKey.of(uniqueName("key"), Role.INTEGRATOR, AccessScope.all(), null, null));

		this.mvc
			.perform(post("/login").with(csrf())
				.with(fromUniqueAddress())
				.param("username", key.key().label())
				.param("password", key.secret()))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
	}

	@Test
	void consolePostsWithoutACsrfTokenAreRefused() throws Exception {
		UserAccount user = user(this.accounts, Role.OEM_HQ, AccessScope.all());

		this.mvc.perform(
				post("/login").with(fromUniqueAddress()).param("username", user.username()).param("password", PASSWORD))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
		this.mvc.perform(post("/logout")).andExpect(status().isForbidden());
	}

	@Test
	void logoutEndsTheSessionAndGoesToTheLoginPage() throws Exception {
		UserAccount user = user(this.accounts, Role.OEM_HQ, AccessScope.all());
		jakarta.servlet.http.Cookie session = signIn(user);
		assertThat(session).as("the session cookie").isNotNull();
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

		this.mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));

		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void signedOutConsoleRequestsAreSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void consoleSessionsDoNotAuthenticateTheApi() throws Exception {
		UserAccount user = user(this.accounts, Role.OEM_HQ, AccessScope.all());
		jakarta.servlet.http.Cookie session = signIn(user);
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

		this.mvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isUnauthorized());
	}

	/**
	 * Signs in through the form and returns the session cookie the browser would keep.
	 */
	private jakarta.servlet.http.Cookie signIn(UserAccount user) throws Exception {
		return this.mvc
			.perform(post("/login").with(csrf())
				.with(fromUniqueAddress())
				.param("username", user.username())
				.param("password", PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("FORECOURT_SESSION");
	}

	@Test
	void passwordsAreStoredAsArgon2idHashes() {
		UserAccount user = user(this.accounts, Role.SERVICE_ADVISOR, AccessScope.all());

		String hash = this.jdbc.sql("SELECT password_hash FROM user_account WHERE id = :id")
			.param("id", user.id())
			.query(String.class)
			.single();

		assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(PASSWORD);
	}

	@Test
	void apiKeySecretsAreStoredOnlyAsTheirSha256() {
		IssuedKey key = this.accounts
			.issueKey(NewApiKey.of(uniqueName("hashed"), Role.INTEGRATOR, AccessScope.all(), null, null));

		String stored = this.jdbc.sql("SELECT key_hash FROM api_key WHERE id = :id")
			.param("id", key.key().id())
			.query(String.class)
			.single();

		assertThat(stored).isEqualTo(KeySecret.hash(key.secret())).hasSize(64).doesNotContain(key.secret());
	}

}
