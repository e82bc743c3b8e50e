package io.forecourt.leads.web;

import io.forecourt.kernel.console.NavEntry;
import io.forecourt.kernel.security.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The lead center's console menu items (orders 100–199 belong to the lead center). */
@Configuration(proxyBeanMethods = false)
class LeadNavigation {

	@Bean
	NavEntry leadsQueueNavEntry() {
		return new NavEntry("leads.queue", "leads.nav.queue", "/leads/queue", 100, Permission.LEAD_READ);
	}

	@Bean
	NavEntry leadsBoardNavEntry() {
		return new NavEntry("leads.board", "leads.nav.board", "/leads/board", 110, Permission.LEAD_READ);
	}

	@Bean
	NavEntry leadsDefeatsNavEntry() {
		return new NavEntry("leads.defeats", "leads.nav.defeats", "/leads/defeats", 120, Permission.LEAD_MANAGE);
	}

}
