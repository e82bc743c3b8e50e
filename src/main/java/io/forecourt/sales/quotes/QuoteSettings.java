package io.forecourt.sales.quotes;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;

/**
 * How quotes are made ({@code forecourt.sales.quotes.*}).
 *
 * @param defaultMaxDiscount the discount in yuan a consultant may give without approval
 * at a dealer HQ has set no limit for
 * @param defaultMaxDiscountPercent the same as a share of the MSRP; both must hold
 * @param defaultValidDays how long a quote holds unless asked otherwise
 */
@ConfigurationProperties("forecourt.sales.quotes")
record QuoteSettings(@DefaultValue("5000") BigDecimal defaultMaxDiscount,
		@DefaultValue("3") BigDecimal defaultMaxDiscountPercent, @DefaultValue("7") int defaultValidDays) {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(QuoteSettings.class)
	static class Enable {

	}

}
