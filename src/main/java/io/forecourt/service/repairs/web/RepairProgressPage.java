package io.forecourt.service.repairs.web;

import java.io.IOException;

import io.forecourt.kernel.console.Htmx;
import io.forecourt.kernel.web.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page the owner follows their car in the workshop on, opened from the link the
 * advisor gives them: no sign-in, no console menu, the steps with their times in
 * Asia/Shanghai, polled every few seconds, and the extra work to approve or decline.
 */
@Controller
class RepairProgressPage {

	private final RepairProgressLookup lookup;

	RepairProgressPage(RepairProgressLookup lookup) {
		this.lookup = lookup;
	}

	@GetMapping("/repair-progress/{token}")
	String progress(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
		// a link is personal: keep it out of shared caches and referrers
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		model.addAttribute("progress", this.lookup.progress(token, request));
		model.addAttribute("token", token);
		return Htmx.pageOrFragment(request, response, "service/repair-progress", "panel");
	}

	@ExceptionHandler(ProblemException.class)
	void problem(ProblemException ex, HttpServletResponse response) throws IOException {
		if (ex.properties().get(ProblemException.RETRY_AFTER_SECONDS) instanceof Number seconds) {
			response.setHeader("Retry-After", String.valueOf(seconds.longValue()));
		}
		response.sendError(ex.type().status().value());
	}

}
