package io.forecourt.service.repairs.web;

import java.util.List;

import io.forecourt.kernel.security.PublicApiEndpoint;
import io.forecourt.kernel.security.PublicPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The owner's repair progress over the API (the brand app, the mini-program, and the
 * progress page's approval form): no key, the unguessable link is the credential;
 * rate-limited per address.
 */
@RestController
@Tag(name = "Repair progress", description = "Public: a repair order's steps and extra-work approval behind its link")
class RepairProgressApi {

	private final RepairProgressLookup lookup;

	RepairProgressApi(RepairProgressLookup lookup) {
		this.lookup = lookup;
	}

	@Bean
	static PublicApiEndpoint repairProgressEndpoint() {
		return new PublicApiEndpoint(HttpMethod.GET, "/api/v1/repair-progress/*");
	}

	@Bean
	static PublicApiEndpoint repairDecisionsEndpoint() {
		return new PublicApiEndpoint(HttpMethod.POST, "/api/v1/repair-progress/*/decisions");
	}

	@Bean
	static PublicPage repairProgressPublicPage() {
		return new PublicPage("/repair-progress/*");
	}

	record Decisions(@Nullable List<RepairProgressLookup.Decision> decisions) {
	}

	@GetMapping("/api/v1/repair-progress/{token}")
	@SecurityRequirements
	@Operation(summary = "A repair order's progress by the token of its link: each step with its time, the lines and"
			+ " what waits for the owner's decision, what is charged; 404 for an unknown link, 429 over the rate")
	RepairProgress progress(@PathVariable String token, HttpServletRequest request) {
		return this.lookup.progress(token, request);
	}

	@PostMapping("/api/v1/repair-progress/{token}/decisions")
	@SecurityRequirements
	@Operation(summary = "The owner approves or declines extra work, each line once: {\"decisions\": [{\"lineId\":"
			+ " ..., \"approve\": true}]}; approved parts are reserved (409 naming short parts, nothing decided);"
			+ " when every line is decided the repair starts (IN_REPAIR)")
	RepairProgress decide(@PathVariable String token, @RequestBody Decisions body, HttpServletRequest request) {
		return this.lookup.decide(token, body.decisions(), request);
	}

}
