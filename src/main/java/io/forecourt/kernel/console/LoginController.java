package io.forecourt.kernel.console;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security processes the POST to {@code /login} and redirects
 * back here with {@code ?error} (bad credentials), {@code ?error=rate} (too many
 * attempts) or {@code ?logout}.
 */
@ConsoleController
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable String logout, @Nullable Authentication authentication,
			Model model) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		if (error != null) {
			model.addAttribute(Flash.ATTRIBUTE, Flash
				.danger("rate".equals(error) ? "console.login.error.rate" : "console.login.error.credentials"));
		}
		else if (logout != null) {
			model.addAttribute(Flash.ATTRIBUTE, Flash.success("console.login.logged-out"));
		}
		return "login";
	}

}
