package io.forecourt.kernel.security;

import java.time.Duration;
import java.util.EnumSet;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.session.web.http.SessionRepositoryFilter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Console sessions live in the database (Spring Session JDBC), so the application keeps
 * no state of its own and any instance behind a load balancer can serve any request. The
 * session cookie keeps the settings of {@code server.servlet.session.cookie.*}: Boot's
 * bridge for them is in a module that is not published for this Boot version, so they are
 * read here.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession
class SessionConfiguration {

	@Bean
	CookieSerializer sessionCookie(@Value("${server.servlet.session.cookie.name:FORECOURT_SESSION}") String name,
			@Value("${server.servlet.session.cookie.secure:true}") boolean secure,
			@Value("${server.servlet.session.cookie.same-site:Lax}") String sameSite) {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName(name);
		cookie.setUseHttpOnlyCookie(true);
		cookie.setUseSecureCookie(secure);
		cookie.setSameSite(sameSite);
		cookie.setCookiePath("/");
		return cookie;
	}

	/**
	 * The session filter also wraps error and async dispatches (as Boot's own session
	 * support does), so an error page still knows who is signed in.
	 */
	@Bean
	FilterRegistrationBean<SessionRepositoryFilter<?>> sessionRepositoryFilterRegistration(
			SessionRepositoryFilter<?> filter) {
		FilterRegistrationBean<SessionRepositoryFilter<?>> registration = new FilterRegistrationBean<>(filter);
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER);
		return registration;
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
			@Value("${server.servlet.session.timeout:8h}") Duration timeout) {
		return repository -> repository.setDefaultMaxInactiveInterval(timeout);
	}

}
