package io.forecourt.support;

import java.util.UUID;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.NewApiKey;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Real bearer keys for API tests: each role and scope gets a key issued through Accounts.
 */
public final class ApiKeysForTests {

	private ApiKeysForTests() {
	}

	public static String issue(Accounts accounts, Role role, AccessScope scope) {
		return CurrentAccess.asSystem(
				() -> accounts.issueKey(NewApiKey.of("test " + role + " " + UUID.randomUUID(), role, scope, null, null))
					.secret());
	}

	public static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String secret) {
		return request.header("Authorization", "Bearer " + secret);
	}

}
