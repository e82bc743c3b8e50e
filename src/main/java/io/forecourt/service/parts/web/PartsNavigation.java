package io.forecourt.service.parts.web;

import io.forecourt.kernel.console.NavEntry;
import io.forecourt.kernel.security.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The parts pages' console menu items (orders 550 and 555 of the service center's
 * 500–599).
 */
@Configuration(proxyBeanMethods = false)
class PartsNavigation {

	@Bean
	NavEntry servicePartsStockNavEntry() {
		return new NavEntry("service.parts-stock", "service-parts.nav.stock", "/service/parts-stock", 550,
				Permission.SERVICE_READ);
	}

	@Bean
	NavEntry servicePartsNavEntry() {
		return new NavEntry("service.parts", "service-parts.nav.master", "/service/parts", 555,
				Permission.SERVICE_READ);
	}

}
