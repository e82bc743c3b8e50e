package io.forecourt.sales.stock.web;

import io.forecourt.kernel.console.NavEntry;
import io.forecourt.kernel.security.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The stock page's console menu item (order 340 of the sales center's 300–399). */
@Configuration(proxyBeanMethods = false)
class StockNavigation {

	@Bean
	NavEntry salesStockNavEntry() {
		return new NavEntry("sales.stock", "sales-stock.nav", "/sales/stock", 340, Permission.SALES_READ);
	}

}
