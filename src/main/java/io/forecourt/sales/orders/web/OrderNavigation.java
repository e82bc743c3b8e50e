package io.forecourt.sales.orders.web;

import io.forecourt.kernel.console.NavEntry;
import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.security.PublicPage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The orders' menu item (order 330) and the buyer's public progress page. */
@Configuration(proxyBeanMethods = false)
class OrderNavigation {

	@Bean
	NavEntry salesOrdersNavEntry() {
		return new NavEntry("sales.orders", "sales-orders.nav", "/sales/orders", 330, Permission.SALES_READ);
	}

	@Bean
	static PublicPage orderProgressPublicPage() {
		return new PublicPage("/order-progress/*");
	}

}
