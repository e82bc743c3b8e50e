package io.forecourt.service.parts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.service.workshop.ServicePolicy;

import org.springframework.stereotype.Component;

/**
 * Now, today in the dealers' business zone (prices change at midnight China time), and
 * who is acting, for the parts journal.
 */
@Component
class PartsCalendar {

	private final Clock clock;

	private final ServicePolicy policy;

	PartsCalendar(Clock clock, ServicePolicy policy) {
		this.clock = clock;
		this.policy = policy;
	}

	Instant now() {
		return this.clock.instant();
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.policy.zone());
	}

	/** The signed-in person or key, or the system (jobs, listeners). */
	static String actor() {
		return CurrentAccess.principal().map(ForecourtPrincipal::name).orElse(ForecourtPrincipal.SYSTEM.name());
	}

}
