package io.forecourt.kernel.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console's own menu item. */
@Configuration(proxyBeanMethods = false)
class HomeNavigation {

	@Bean
	NavEntry homeNavEntry() {
		return new NavEntry("console.home", "console.nav.home", "/", 0, null);
	}

}
