package io.forecourt.sales.catalog.web;

import java.util.List;
import java.util.Locale;

import io.forecourt.kernel.console.ConsoleController;
import io.forecourt.kernel.console.Flash;
import io.forecourt.kernel.console.Htmx;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.sales.PricedConfiguration;
import io.forecourt.sales.catalog.CatalogAdministration;
import io.forecourt.sales.catalog.ConfigurationChannel;
import io.forecourt.sales.catalog.ConfigurationOutcome;
import io.forecourt.sales.catalog.VehicleConfigurator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consultant's configure screen: every change re-prices the car and lists what breaks
 * the catalog's rules (htmx swaps the form and its summary; the address follows, so a
 * reload keeps the choices); saving gives the share code. A code from the brand website
 * opens here too.
 */
@ConsoleController
@RequestMapping("/sales/configurator")
class ConfiguratorConsole {

	private final VehicleConfigurator configurator;

	private final CatalogAdministration catalog;

	ConfiguratorConsole(VehicleConfigurator configurator, CatalogAdministration catalog) {
		this.configurator = configurator;
		this.catalog = catalog;
	}

	@GetMapping
	String configure(@ModelAttribute("sent") ConfiguratorForm sent, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		ConfiguratorChoices choices = choices(sent);
		model.addAttribute("choices", choices);
		model.addAttribute("form", choices.form());
		preview(choices.form(), model, locale);
		return Htmx.pageOrFragment(request, response, "sales/configurator", "configurator");
	}

	@PostMapping
	String save(@ModelAttribute("sent") ConfiguratorForm sent, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		ConfigurationOutcome outcome;
		try {
			outcome = this.configurator.configure(sent.selection(), ConfigurationChannel.CONSOLE, locale);
		}
		catch (ProblemException ex) {
			outcome = null;
		}
		if (outcome instanceof ConfigurationOutcome.Priced priced) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE,
					Flash.success("sales-catalog.configurator.saved", priced.configuration().code()));
			return "redirect:/sales/configurator/" + priced.configuration().code();
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return configure(sent, model, locale, request, response);
	}

	@GetMapping("/lookup")
	String lookUp(@RequestParam(defaultValue = "") String code, RedirectAttributes redirect) {
		return this.configurator.lookUp(code).map(c -> "redirect:/sales/configurator/" + c.code()).orElseGet(() -> {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning("sales-catalog.configurator.unknown-code", code));
			return "redirect:/sales/configurator";
		});
	}

	@GetMapping("/{code}")
	String saved(@PathVariable String code, Model model) {
		PricedConfiguration configuration = this.configurator.lookUp(code)
			.orElseThrow(() -> ProblemException.notFound("Configuration", code));
		model.addAttribute("configuration", configuration);
		return "sales/configuration";
	}

	private ConfiguratorChoices choices(ConfiguratorForm sent) {
		return ConfiguratorChoices.of(this.catalog.items(), this.catalog.pricesOn(null), sent);
	}

	/** The priced car, or its violations, for the summary beside the form. */
	private void preview(ConfiguratorForm form, Model model, Locale locale) {
		@Nullable PricedConfiguration priced = null;
		List<?> violations = List.of();
		try {
			ConfigurationOutcome outcome = this.configurator.check(form.selection(), locale);
			if (outcome instanceof ConfigurationOutcome.Priced p) {
				priced = p.configuration();
			}
			else if (outcome instanceof ConfigurationOutcome.Rejected r) {
				violations = r.violations();
			}
		}
		catch (ProblemException ex) {
			// only an empty catalog leaves a required choice open
			violations = List.of();
			model.addAttribute("incomplete", true);
		}
		model.addAttribute("priced", priced);
		model.addAttribute("violations", violations);
	}

}
