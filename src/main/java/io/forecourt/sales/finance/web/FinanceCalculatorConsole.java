package io.forecourt.sales.finance.web;

import io.forecourt.kernel.console.ConsoleController;
import io.forecourt.kernel.console.Htmx;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.sales.finance.FeeTreatment;
import io.forecourt.sales.finance.FinanceQueries;
import io.forecourt.sales.finance.FinanceRequest;
import io.forecourt.sales.finance.RepaymentMethod;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The finance calculator page: a form htmx submits as the consultant types, and the
 * schedule with its totals below it. Nothing is stored, so it is a GET and the address
 * can be shared. Invalid fields are marked in place with what is wrong; no error page.
 */
@ConsoleController
class FinanceCalculatorConsole {

	static final String PATH = "/sales/finance-calculator";

	private final FinanceQueries queries;

	FinanceCalculatorConsole(FinanceQueries queries) {
		this.queries = queries;
	}

	@GetMapping(PATH)
	String page(@RequestParam(required = false) @Nullable String vehiclePrice,
			@RequestParam(required = false) @Nullable String downPaymentMode,
			@RequestParam(required = false) @Nullable String downPayment,
			@RequestParam(required = false) @Nullable String termMonths,
			@RequestParam(required = false) @Nullable String annualRatePercent,
			@RequestParam(required = false) @Nullable String method,
			@RequestParam(required = false) @Nullable String fees,
			@RequestParam(required = false) @Nullable String feeTreatment,
			@RequestParam(required = false) @Nullable String finalPaymentMode,
			@RequestParam(required = false) @Nullable String finalPayment, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		FinanceCalculatorForm form = FinanceCalculatorForm.of(vehiclePrice, downPaymentMode, downPayment, termMonths,
				annualRatePercent, method, fees, feeTreatment, finalPaymentMode, finalPayment);
		model.addAttribute("methods", RepaymentMethod.values());
		model.addAttribute("feeTreatments", FeeTreatment.values());
		model.addAttribute("maxTerm", FinanceRequest.MAX_TERM);
		try {
			model.addAttribute("schedule", this.queries.schedule(form.toApiForm().toRequest()));
			model.addAttribute("form", form);
		}
		catch (ProblemException ex) {
			if (ex.type() != ProblemType.VALIDATION) {
				throw ex;
			}
			model.addAttribute("schedule", null);
			model.addAttribute("form", form.rejecting(ex));
		}
		return Htmx.pageOrFragment(request, response, "sales/finance-calculator", "results");
	}

}
