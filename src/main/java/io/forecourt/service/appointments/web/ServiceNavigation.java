package io.forecourt.service.appointments.web;

import io.forecourt.kernel.console.NavEntry;
import io.forecourt.kernel.security.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service advisor's appointment calendar in the console menu (500). */
@Configuration(proxyBeanMethods = false)
class ServiceNavigation {

	@Bean
	NavEntry serviceAppointmentsNavEntry() {
		return new NavEntry("service.appointments", "service.appointments.nav", AppointmentConsole.PATH, 500,
				Permission.SERVICE_READ);
	}

}
