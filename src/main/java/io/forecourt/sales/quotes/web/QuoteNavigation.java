package io.forecourt.sales.quotes.web;

import io.forecourt.kernel.console.NavEntry;
import io.forecourt.kernel.security.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Quotes (310) and discount approvals (350) in the console menu. */
@Configuration(proxyBeanMethods = false)
class QuoteNavigation {

	@Bean
	NavEntry salesQuotesNavEntry() {
		return new NavEntry("sales.quotes", "sales-quotes.nav", "/sales/quotes", 310, Permission.SALES_READ);
	}

	@Bean
	NavEntry salesQuoteApprovalsNavEntry() {
		return new NavEntry("sales.quote-approvals", "sales-quotes.nav.approvals", "/sales/quote-approvals", 350,
				Permission.SALES_MANAGE);
	}

}
