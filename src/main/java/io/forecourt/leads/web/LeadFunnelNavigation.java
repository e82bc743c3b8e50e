package io.forecourt.leads.web;

import io.forecourt.kernel.console.NavEntry;
import io.forecourt.kernel.security.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The funnel's console menu item (orders 100–149 belong to the lead center). */
@Configuration(proxyBeanMethods = false)
class LeadFunnelNavigation {

	@Bean
	NavEntry leadsFunnelNavEntry() {
		return new NavEntry("leads.funnel", "leads.funnel.nav", LeadFunnelConsole.PATH, 130, Permission.LEAD_READ);
	}

}
