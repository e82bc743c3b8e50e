package io.forecourt.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;

/**
 * INTERIM — delete after the security branch is merged, together with the two
 * {@code @Import(InterimConsoleSecurity.class)} in {@link BrowserTest} and
 * {@link ConsoleWebTest}. Until then the console branch runs with Boot's default
 * security, whose generated login page hides ours; this chain stands in for the real one:
 * form login at {@code /login}, public assets, logout, and two test users who sign in as
 * {@link ForecourtPrincipal}s.
 */
@TestConfiguration(proxyBeanMethods = false)
public class InterimConsoleSecurity {

	public static final String PASSWORD = "test-password";

	/** OEM headquarters, sees the whole network. */
	public static final ForecourtPrincipal HQ = principal("hq", "Wang Fang", Set.of(Role.OEM_HQ), AccessScope.all());

	/** A sales consultant of one dealer. */
	public static final ForecourtPrincipal CONSULTANT = principal("consultant", "Li Lei", Set.of(Role.SALES_CONSULTANT),
			AccessScope.dealer(UUID.fromString("6f1c2a3b-0000-4000-8000-000000000001")));

	private static final Map<String, ForecourtPrincipal> USERS = Map.of("hq", HQ, "consultant", CONSULTANT);

	@Bean
	SecurityFilterChain interimConsoleSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/error")
					.permitAll()
					.anyRequest()
					.authenticated())
			.formLogin((form) -> form.loginPage("/login"))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.authenticationProvider(new TestUsers());
		return http.build();
	}

	/**
	 * The authorities the real security setup is expected to grant: roles and
	 * permissions.
	 */
	public static List<GrantedAuthority> authorities(ForecourtPrincipal principal) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		principal.roles().forEach((role) -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		for (Permission permission : Permission.values()) {
			if (principal.can(permission)) {
				authorities.add(new SimpleGrantedAuthority(permission.authority()));
			}
		}
		return authorities;
	}

	/** An authenticated token for MockMvc's {@code authentication(...)}. */
	public static Authentication authenticated(ForecourtPrincipal principal) {
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities(principal));
	}

	private static ForecourtPrincipal principal(String username, String name, Set<Role> roles, AccessScope scope) {
		return new ForecourtPrincipal("test:" + username, name, ForecourtPrincipal.Kind.USER, roles, scope, null);
	}

	private static final class TestUsers implements AuthenticationProvider {

		@Override
		public Authentication authenticate(Authentication authentication) {
			ForecourtPrincipal principal = USERS.get(authentication.getName());
			if (principal == null || !PASSWORD.equals(authentication.getCredentials())) {
				throw new BadCredentialsException("Bad credentials");
			}
			return authenticated(principal);
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
		}

	}

}
