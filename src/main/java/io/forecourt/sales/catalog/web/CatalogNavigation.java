package io.forecourt.sales.catalog.web;

import io.forecourt.kernel.console.NavEntry;
import io.forecourt.kernel.security.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The configurator (order 300) and the catalog administration (order 360) in the menu.
 */
@Configuration(proxyBeanMethods = false)
class CatalogNavigation {

	@Bean
	NavEntry configuratorNavEntry() {
		return new NavEntry("sales.configurator", "sales-catalog.nav.configurator", "/sales/configurator", 300,
				Permission.SALES_WRITE);
	}

	@Bean
	NavEntry catalogNavEntry() {
		return new NavEntry("sales.catalog", "sales-catalog.nav.catalog", "/sales/catalog", 360,
				Permission.CATALOG_WRITE);
	}

}
