package io.forecourt.sales.orders.web;

import java.io.IOException;

import io.forecourt.kernel.web.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page the buyer follows their order on, opened from the link the consultant or the
 * brand app gives them: no sign-in, no console menu, the steps with their times in
 * Asia/Shanghai, and no personal data beyond the first name.
 */
@Controller
class OrderProgressPage {

	private final ProgressLookup lookup;

	OrderProgressPage(ProgressLookup lookup) {
		this.lookup = lookup;
	}

	@GetMapping("/order-progress/{token}")
	String progress(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
		// a link is personal: keep it out of shared caches and referrers
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		model.addAttribute("progress", this.lookup.progress(token, request));
		return "sales/order-progress";
	}

	@ExceptionHandler(ProblemException.class)
	void problem(ProblemException ex, HttpServletResponse response) throws IOException {
		if (ex.properties().get(ProblemException.RETRY_AFTER_SECONDS) instanceof Number seconds) {
			response.setHeader("Retry-After", String.valueOf(seconds.longValue()));
		}
		response.sendError(ex.type().status().value());
	}

}
