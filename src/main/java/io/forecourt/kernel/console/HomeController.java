package io.forecourt.kernel.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard every signed-in user lands on: who they are, what they see, where to go.
 */
@ConsoleController
class HomeController {

	@GetMapping("/")
	String home(HttpServletRequest request, HttpServletResponse response) {
		return Htmx.pageOrFragment(request, response, "home", "dashboard");
	}

}
