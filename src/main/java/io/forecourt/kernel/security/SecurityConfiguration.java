package io.forecourt.kernel.security;

import java.util.Map;

import io.forecourt.kernel.web.ProblemWriter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Two filter chains. The API ({@code /api/**}, Prometheus) is stateless: bearer API keys
 * only, no session, no CSRF (nothing is sent automatically by a browser), problem+json
 * 401/403; the only ways in without a key are issuing a token and the
 * {@link PublicApiEndpoint}s modules declare (signed webhooks). The console (everything
 * else) uses a session from form login, with CSRF protection and a redirect to
 * {@code /login} when signed out; only the {@link PublicPage}s modules declare (owner
 * pages behind unguessable links) are open without it.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(securedEnabled = true)
class SecurityConfiguration {

	static final String LOGIN = "/login";

	static final String TOKENS = "/api/v1/auth/tokens";

	/** Stored hashes start with their encoder id, so older formats keep working. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2", Map.of("argon2",
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

	/**
	 * Spring Security observes, by default, every filter of both chains and every
	 * authorization decision, each an observation of its own: 9% of the JVM's CPU under a
	 * presale launch, measured, for timings {@code http.server.requests} already gives
	 * per request (a denial is a 401/403 there and in the audit log). Authentications
	 * stay observed: how long key and password checks take is worth watching.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.withDefaults()
			.shouldObserveRequests(false)
			.shouldObserveAuthentications(true)
			.shouldObserveAuthorizations(false)
			.build();
	}

	@Bean
	ApiProblemResponses apiProblemResponses(ProblemWriter problems) {
		return new ApiProblemResponses(problems);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiFilterChain(HttpSecurity http, ApiKeyAuthenticator keys, ApiProblemResponses problems,
			ObjectProvider<PublicApiEndpoint> publicEndpoints) {
		http.securityMatcher("/api/**", "/actuator/prometheus", "/actuator/modulith")
			.authorizeHttpRequests(requests -> {
				requests.requestMatchers(HttpMethod.POST, TOKENS).permitAll();
				publicEndpoints.orderedStream()
					.forEach(endpoint -> requests.requestMatchers(endpoint.method(), endpoint.pattern()).permitAll());
				requests.anyRequest().authenticated();
			})
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.addFilterBefore(new BearerKeyFilter(keys, problems), AnonymousAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain consoleFilterChain(HttpSecurity http, PasswordAuthenticationProvider passwords,
			LoginRateLimiter loginRateLimiter, ObjectProvider<PublicPage> publicPages) {
		http.authorizeHttpRequests(requests -> {
			requests.requestMatchers(LOGIN, "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
					"/actuator/health/**", "/actuator/info", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
				.permitAll();
			publicPages.orderedStream()
				.forEach(page -> requests.requestMatchers(HttpMethod.GET, page.pattern()).permitAll());
			requests.anyRequest().authenticated();
		})
			// Only this provider, with no parent manager: a failed password is checked
			// (and audited) once, not again by the global manager.
			.authenticationManager(new ProviderManager(passwords))
			.formLogin(form -> form.loginPage(LOGIN)
				.loginProcessingUrl(LOGIN)
				.defaultSuccessUrl("/", false)
				.failureUrl(LOGIN + "?error")
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutSuccessUrl(LOGIN + "?logout")
				.invalidateHttpSession(true)
				.deleteCookies("FORECOURT_SESSION"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.addFilterBefore(new FormLoginRateLimitFilter(loginRateLimiter),
					UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

}
