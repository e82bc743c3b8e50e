package io.forecourt.kernel.security;

import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.tenancy.AccessScope;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Users and keys for the security tests. Contexts are shared between test classes, so
 * every name is unique to its test.
 */
final class SecurityTestAccounts {

	static final String PASSWORD = "correct horse battery";

	private SecurityTestAccounts() {
	}

	static String uniqueName(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static UserAccount user(Accounts accounts, Role role, AccessScope scope) {
		return accounts.createUser(new NewUser(uniqueName(role.name().toLowerCase()), "Test " + role, PASSWORD,
				Set.of(role), scope, null, false));
	}

	static String integratorKey(Accounts accounts, AccessScope scope) {
		return accounts.issueKey(NewApiKey.of(uniqueName("integrator"), Role.INTEGRATOR, scope, null, null)).secret();
	}

	/**
	 * A client address of its own, so one test's attempts never count against another.
	 */
	static RequestPostProcessor fromUniqueAddress() {
		String address = "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "."
				+ (int) (Math.random() * 250 + 1);
		return from(address);
	}

	static RequestPostProcessor from(String address) {
		return (MockHttpServletRequest request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static String bearer(String secret) {
		return "Bearer " + secret;
	}

}
