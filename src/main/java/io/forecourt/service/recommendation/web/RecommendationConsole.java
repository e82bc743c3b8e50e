package io.forecourt.service.recommendation.web;

import java.time.LocalDate;

import io.forecourt.kernel.console.ConsoleController;
import io.forecourt.kernel.console.NavEntry;
import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.service.recommendation.DealerRecommendations;
import io.forecourt.service.recommendation.FaultSeverity;
import io.forecourt.service.recommendation.RecommendationRequest;
import io.forecourt.service.workshop.StandardServiceTypes;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The recommendation as HQ and service advisors see it: an owner's position and need in,
 * the ranked workshops out, with every factor's value, weight and contribution.
 */
@ConsoleController
@RequestMapping(RecommendationConsole.PATH)
class RecommendationConsole {

	static final String PATH = "/service/recommendations";

	private final DealerRecommendations recommendations;

	RecommendationConsole(DealerRecommendations recommendations) {
		this.recommendations = recommendations;
	}

	@GetMapping
	String page(@RequestParam(defaultValue = "31.2304") double latitude,
			@RequestParam(defaultValue = "121.4737") double longitude,
			@RequestParam(defaultValue = StandardServiceTypes.MINOR_SERVICE) String serviceType,
			@RequestParam(defaultValue = "NONE") String faultSeverity,
			@RequestParam(required = false) @Nullable Integer mileageKm,
			@RequestParam(required = false) @Nullable Integer lastServiceMileageKm,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate lastServiceDate,
			@RequestParam(defaultValue = "false") boolean asked, Model model) {
		model.addAttribute("latitude", latitude);
		model.addAttribute("longitude", longitude);
		model.addAttribute("serviceType", serviceType);
		model.addAttribute("faultSeverity", faultSeverity);
		model.addAttribute("mileageKm", mileageKm);
		model.addAttribute("lastServiceMileageKm", lastServiceMileageKm);
		model.addAttribute("lastServiceDate", lastServiceDate);
		model.addAttribute("severities", FaultSeverity.values());
		model.addAttribute("types", StandardServiceTypes.ALL);
		if (asked) {
			try {
				model.addAttribute("result",
						this.recommendations.recommend(new RecommendationRequest(null, "ANY",
								new RecommendationRequest.Position(latitude, longitude), serviceType, faultSeverity,
								mileageKm, lastServiceMileageKm, lastServiceDate, null, null, null)));
			}
			catch (ProblemException ex) {
				model.addAttribute("problem", ex.getMessage());
			}
		}
		return "service/recommendations";
	}

	/** The recommendation page in the console menu (520). */
	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavEntry serviceRecommendationsNavEntry() {
			return new NavEntry("service.recommendations", "service.recommendations.nav", PATH, 520,
					Permission.SERVICE_READ);
		}

	}

}
