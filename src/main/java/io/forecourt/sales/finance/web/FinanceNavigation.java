package io.forecourt.sales.finance.web;

import io.forecourt.kernel.console.NavEntry;
import io.forecourt.kernel.security.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The finance calculator's console menu item (the sales center has orders 300–399). */
@Configuration(proxyBeanMethods = false)
class FinanceNavigation {

	@Bean
	NavEntry financeCalculatorNavEntry() {
		return new NavEntry("sales.finance", "sales-finance.nav", FinanceCalculatorConsole.PATH, 370,
				Permission.SALES_READ);
	}

}
