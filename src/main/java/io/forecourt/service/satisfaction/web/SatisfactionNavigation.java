package io.forecourt.service.satisfaction.web;

import io.forecourt.kernel.console.NavEntry;
import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.security.PublicPage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Complaints (560) and NPS (565) in the console menu, and the owner's public survey page.
 */
@Configuration(proxyBeanMethods = false)
class SatisfactionNavigation {

	@Bean
	NavEntry serviceComplaintsNavEntry() {
		return new NavEntry("service.complaints", "service-satisfaction.complaints.nav", ComplaintConsole.PATH, 560,
				Permission.SERVICE_READ);
	}

	@Bean
	NavEntry serviceNpsNavEntry() {
		return new NavEntry("service.nps", "service-satisfaction.nps.nav", NpsConsole.PATH, 565,
				Permission.SERVICE_MANAGE);
	}

	@Bean
	static PublicPage satisfactionSurveyPublicPage() {
		return new PublicPage("/satisfaction/*");
	}

}
