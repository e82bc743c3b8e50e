package io.forecourt.sales.payments.simulated;

import io.forecourt.kernel.security.RateLimits;
import io.forecourt.kernel.web.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The simulated provider's checkout page, which stands for WeChat Pay's or Alipay's:
 * public, reached only through the unguessable link in the payment's checkout URL,
 * rate-limited per address. The payer clicks "Pay" or "Decline"; the page then shows the
 * outcome (post-redirect-get, so a reload decides nothing).
 */
@Controller
@ConditionalOnBooleanProperty(name = "forecourt.payments.simulated.enabled", matchIfMissing = true)
class SimulatedCheckoutPage {

	private static final String PATH = SimulatedPaymentProvider.CHECKOUT_PATH + "{token}";

	private final SimulatedPayer payer;

	private final RateLimits limits;

	private final int perAddressPerMinute;

	SimulatedCheckoutPage(SimulatedPayer payer, RateLimits limits,
			@Value("${forecourt.payments.simulated.checkout-per-address-per-minute:120}") int perAddressPerMinute) {
		this.payer = payer;
		this.limits = limits;
		this.perAddressPerMinute = perAddressPerMinute;
	}

	@GetMapping(PATH)
	String show(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
		limit(request);
		return this.payer.find(token).map(checkout -> {
			model.addAttribute("checkout", checkout);
			model.addAttribute("path", SimulatedPaymentProvider.CHECKOUT_PATH + token);
			return "sales/payments/simulated-checkout";
		}).orElseGet(() -> {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "sales/payments/simulated-checkout-unknown";
		});
	}

	@PostMapping(PATH + "/pay")
	String pay(@PathVariable String token, HttpServletRequest request) {
		limit(request);
		known(token);
		this.payer.pay(token);
		return "redirect:" + SimulatedPaymentProvider.CHECKOUT_PATH + token;
	}

	@PostMapping(PATH + "/decline")
	String decline(@PathVariable String token, HttpServletRequest request) {
		limit(request);
		known(token);
		this.payer.decline(token);
		return "redirect:" + SimulatedPaymentProvider.CHECKOUT_PATH + token;
	}

	private void known(String token) {
		if (this.payer.find(token).isEmpty()) {
			throw ProblemException.notFound("Checkout", "session");
		}
	}

	private void limit(HttpServletRequest request) {
		this.limits.consume("simulated-checkout:" + request.getRemoteAddr(), this.perAddressPerMinute,
				"from this address");
	}

}
