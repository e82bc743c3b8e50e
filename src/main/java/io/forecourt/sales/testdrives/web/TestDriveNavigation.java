package io.forecourt.sales.testdrives.web;

import io.forecourt.kernel.console.NavEntry;
import io.forecourt.kernel.security.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The test drives' console menu items (320, and 321 for the managers' fleet page). */
@Configuration(proxyBeanMethods = false)
class TestDriveNavigation {

	@Bean
	NavEntry salesTestDrivesNavEntry() {
		return new NavEntry("sales.test-drives", "sales-testdrives.nav", TestDriveConsole.PATH, 320,
				Permission.SALES_READ);
	}

	@Bean
	NavEntry salesTestDriveFleetNavEntry() {
		return new NavEntry("sales.test-drive-fleet", "sales-testdrives.fleet.nav", TestDriveFleetConsole.PATH, 321,
				Permission.SALES_MANAGE);
	}

}
