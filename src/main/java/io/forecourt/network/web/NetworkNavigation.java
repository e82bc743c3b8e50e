package io.forecourt.network.web;

import io.forecourt.kernel.console.NavEntry;
import io.forecourt.kernel.security.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The network's console menu items (orders 200–299 belong to the network). */
@Configuration(proxyBeanMethods = false)
class NetworkNavigation {

	@Bean
	NavEntry networkDealersNavEntry() {
		return new NavEntry("network.dealers", "network.nav.dealers", "/dealers", 200, Permission.NETWORK_READ);
	}

	@Bean
	NavEntry networkRegionsNavEntry() {
		return new NavEntry("network.regions", "network.nav.regions", "/regions", 210, Permission.NETWORK_READ);
	}

	@Bean
	NavEntry networkStaffNavEntry() {
		return new NavEntry("network.staff", "network.nav.staff", "/staff", 220, Permission.NETWORK_READ);
	}

}
