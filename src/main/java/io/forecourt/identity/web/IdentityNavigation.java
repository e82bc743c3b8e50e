package io.forecourt.identity.web;

import io.forecourt.kernel.console.NavEntry;
import io.forecourt.kernel.security.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One ID's console menu items (orders 100–199 belong to identity and leads). */
@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

	@Bean
	NavEntry identityCustomersNavEntry() {
		return new NavEntry("identity.customers", "identity.nav.customers", "/customers", 150,
				Permission.CUSTOMER_READ);
	}

	@Bean
	NavEntry identityMergeSuggestionsNavEntry() {
		return new NavEntry("identity.merge-suggestions", "identity.nav.suggestions", "/customers/merge-suggestions",
				160, Permission.CUSTOMER_MERGE);
	}

}
