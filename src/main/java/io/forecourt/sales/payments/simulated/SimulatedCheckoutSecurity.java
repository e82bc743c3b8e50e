package io.forecourt.sales.payments.simulated;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The simulated checkout pages are the provider's, not the console's: open to anyone with
 * the link, without a session. CSRF protection would guard nothing here: every action
 * needs the unguessable token in its path, which a forging site cannot know, and the
 * payer has no ambient credentials to abuse.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SimulatedProviderProperties.class)
class SimulatedCheckoutSecurity {

	@Bean
	@Order(0)
	@ConditionalOnBooleanProperty(name = "forecourt.payments.simulated.enabled", matchIfMissing = true)
	SecurityFilterChain simulatedCheckoutFilterChain(HttpSecurity http) {
		http.securityMatcher(SimulatedPaymentProvider.CHECKOUT_PATH + "**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable);
		return http.build();
	}

}
