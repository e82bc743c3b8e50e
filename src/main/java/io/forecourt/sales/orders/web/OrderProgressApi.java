package io.forecourt.sales.orders.web;

import io.forecourt.kernel.security.PublicApiEndpoint;
import io.forecourt.sales.orders.OrderProgress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The buyer's progress over the API (the brand app, the mini-program): no key, the
 * unguessable link is the credential; rate-limited per address.
 */
@RestController
@Tag(name = "Order progress", description = "Public: an order's steps behind its unguessable link")
class OrderProgressApi {

	private final ProgressLookup lookup;

	OrderProgressApi(ProgressLookup lookup) {
		this.lookup = lookup;
	}

	@Bean
	static PublicApiEndpoint orderProgressEndpoint() {
		return new PublicApiEndpoint(HttpMethod.GET, "/api/v1/order-progress/*");
	}

	@GetMapping("/api/v1/order-progress/{token}")
	@SecurityRequirements
	@Operation(summary = "An order's progress by the token of its link: the car, the dealer, each step with its"
			+ " time (UTC and Asia/Shanghai), the buyer's first name; 404 for an unknown link, 429 over the rate")
	OrderProgress progress(@PathVariable String token, HttpServletRequest request) {
		return this.lookup.progress(token, request);
	}

}
