package io.forecourt.kernel.console;

import io.forecourt.support.ConsoleWebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.forecourt.support.TestPrincipals.CONSULTANT;
import static io.forecourt.support.TestPrincipals.authenticated;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ConsoleWebTest
class LoginPageWebTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theLoginFormPostsToLoginWithTheCsrfField() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"/login\" method=\"post\"")))
			.andExpect(content()
				.string(matchesPattern("(?s).*<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\"/>.*")))
			.andExpect(content().string(containsString("name=\"username\"")))
			.andExpect(content().string(containsString("name=\"password\"")))
			.andExpect(content().string(not(containsString("console-navbar"))));
	}

	@Test
	void badCredentialsAreExplained() throws Exception {
		this.mvc.perform(get("/login").param("error", "")).andExpect(content().string(containsString("用户名或密码错误。")));
	}

	@Test
	void tooManyAttemptsAreExplained() throws Exception {
		this.mvc.perform(get("/login").param("error", "rate").param("lang", "en"))
			.andExpect(content().string(containsString("Too many sign-in attempts.")));
	}

	@Test
	void signingOutIsConfirmed() throws Exception {
		this.mvc.perform(get("/login").param("logout", "")).andExpect(content().string(containsString("您已安全退出。")));
	}

	@Test
	void aSignedInUserIsSentHome() throws Exception {
		this.mvc.perform(get("/login").with(authentication(authenticated(CONSULTANT))))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/"));
	}

}
