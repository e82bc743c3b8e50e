package io.forecourt.service.web;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.service.ServiceWork;
import io.forecourt.support.ConsoleWebTest;
import io.forecourt.support.TestPrincipals;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.forecourt.support.TestPrincipals.authenticated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The service pages: the advisor's workshop day with its appointments, booking from a
 * free start and checking the owner in, in both languages; the manager's workshop setup;
 * the recommendation with its factors; and nothing of another dealer.
 */
@ConsoleWebTest
class ServiceConsoleWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Clock clock;

	@Test
	void anAdvisorSeesTheDayBooksAFreeStartAndChecksTheOwnerIn() throws Exception {
		ServiceWork work = new ServiceWork(this.mvc, this.jdbc, this.accounts, this.clock);
		ServiceWork.Dealer dealer = work.workshop(2, 2);
		OffsetDateTime later = work.slotAfter(dealer, "MAINT-MINOR", Duration.ofHours(3));
		UUID booked = work.booked(work.app, dealer, "MAINT-MINOR", later);
		ForecourtPrincipal advisor = staff(dealer.id(), Role.SERVICE_ADVISOR);
		this.mvc
			.perform(get("/service/appointments").param("date", later.toLocalDate().toString())
				.param("lang", "en")
				.with(as(advisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Workshop appointments")))
			.andExpect(content().string(containsString("data-appointment-id=\"" + booked + "\"")))
			.andExpect(content().string(containsString("id=\"booking-form\"")))
			.andExpect(content().string(not(containsString("data-nav-id=\"service.workshop\""))));
		this.mvc
			.perform(get("/service/appointments").param("date", later.toLocalDate().toString())
				.param("lang", "zh-CN")
				.with(as(advisor)))
			.andExpect(content().string(containsString("维保预约")));

		OffsetDateTime soon = work.slotAfter(dealer, "MAINT-MINOR", Duration.ofMinutes(20));
		String location = this.mvc
			.perform(post("/service/appointments").with(as(advisor))
				.with(csrf())
				.param("dealerId", dealer.id().toString())
				.param("serviceType", "MAINT-MINOR")
				.param("date", soon.toLocalDate().toString())
				.param("start", soon.toString())
				.param("phone", ServiceWork.mobile())
				.param("name", "卓玛")
				.param("plate", "藏A66666")
				.param("mileageKm", "8800"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/service/appointments/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		assertThat(work.count("SELECT count(*) FROM service_appointments WHERE id = ? AND channel = 'STAFF'", id))
			.isEqualTo(1);
		this.mvc.perform(get(location).param("lang", "en").with(as(advisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("藏A66666")))
			.andExpect(content().string(containsString("id=\"check-in\"")));
		this.mvc.perform(post(location + "/check-in").with(as(advisor)).with(csrf()).param("mileageKm", "8812"))
			.andExpect(status().is3xxRedirection());
		assertThat(work.statusOf(id)).isEqualTo("CHECKED_IN");

		ServiceWork.Dealer other = work.workshop(1, 1);
		this.mvc.perform(get(location).with(as(staff(other.id(), Role.SERVICE_ADVISOR))))
			.andExpect(status().isNotFound());
	}

	@Test
	void aManagerSetsUpTheWorkshopAndAdvisorsMayNot() throws Exception {
		ServiceWork work = new ServiceWork(this.mvc, this.jdbc, this.accounts, this.clock);
		ServiceWork.Dealer dealer = work.dealer();
		ForecourtPrincipal manager = staff(dealer.id(), Role.DEALER_MANAGER);
		this.mvc
			.perform(post("/service/workshop/bays").with(as(manager))
				.with(csrf())
				.param("dealerId", dealer.id().toString())
				.param("code", "T9")
				.param("name", "轮胎工位")
				.param("kind", "TYRE"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/service/workshop/service-types/standard").with(as(manager))
				.with(csrf())
				.param("dealerId", dealer.id().toString()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/service/workshop").param("lang", "en").with(as(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-bay-code=\"T9\"")))
			.andExpect(content().string(containsString("data-type-code=\"TYRE-CHANGE\"")));
		this.mvc.perform(get("/service/workshop").with(as(staff(dealer.id(), Role.SERVICE_ADVISOR))))
			.andExpect(status().isForbidden());
	}

	@Test
	void headquartersSeesTheRankingWithEveryFactor() throws Exception {
		this.mvc
			.perform(get("/service/recommendations").param("asked", "true")
				.param("faultSeverity", "HIGH")
				.param("lang", "en")
				.with(as(TestPrincipals.HQ)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"ranking\"")))
			.andExpect(content().string(containsString("Urgency 0.75")));
	}

	private static ForecourtPrincipal staff(UUID dealer, Role role) {
		return new ForecourtPrincipal("test:" + UUID.randomUUID(), "次仁", ForecourtPrincipal.Kind.USER, Set.of(role),
				AccessScope.dealer(dealer), null);
	}

	private static RequestPostProcessor as(ForecourtPrincipal principal) {
		return authentication(authenticated(principal));
	}

}
