package io.forecourt.presale.web;

import io.forecourt.kernel.console.NavEntry;
import io.forecourt.kernel.security.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The presale's console menu item (order 400 of the presale's 400–499). */
@Configuration(proxyBeanMethods = false)
class PresaleNavigation {

	@Bean
	NavEntry presaleCampaignsNavEntry() {
		return new NavEntry("presale.campaigns", "presale.nav", "/presale/campaigns", 400, Permission.PRESALE_READ);
	}

}
