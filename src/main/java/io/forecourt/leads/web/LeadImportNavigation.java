package io.forecourt.leads.web;

import io.forecourt.kernel.console.NavEntry;
import io.forecourt.kernel.security.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The lead import console menu item (the lead center has orders 100–149). */
@Configuration(proxyBeanMethods = false)
class LeadImportNavigation {

	@Bean
	NavEntry leadImportsNavEntry() {
		return new NavEntry("leads.imports", "leads-import.nav", "/leads/imports", 120, Permission.LEAD_IMPORT);
	}

}
