package io.forecourt.service.repairs.web;

import io.forecourt.kernel.console.NavEntry;
import io.forecourt.kernel.security.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The workshop board in the console menu (505). */
@Configuration(proxyBeanMethods = false)
class RepairNavigation {

	@Bean
	NavEntry serviceWorkshopBoardNavEntry() {
		return new NavEntry("service.workshop-board", "service-repairs.board.nav", RepairOrderConsole.BOARD, 505,
				Permission.SERVICE_READ);
	}

}
