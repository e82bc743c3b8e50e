package io.forecourt.sales.quotes.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.console.ConsoleController;
import io.forecourt.kernel.console.Flash;
import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.network.DealerNetwork;
import io.forecourt.sales.quotes.NewQuote;
import io.forecourt.sales.quotes.Quote;
import io.forecourt.sales.quotes.QuoteStatus;
import io.forecourt.sales.quotes.SalesQuotes;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Quotes in the console: the consultant's quotes with the form that makes one (a
 * configuration code from the configurator, optionally for a lead's customer), a quote's
 * page with its printable version and, while it is issued and valid, the way to order it,
 * and the manager's discount approvals.
 */
@ConsoleController
@RequestMapping("/sales")
class QuoteConsole {

	private final SalesQuotes quotes;

	private final DealerNetwork network;

	QuoteConsole(SalesQuotes quotes, DealerNetwork network) {
		this.quotes = quotes;
		this.network = network;
	}

	@GetMapping("/quotes")
	String list(@RequestParam(required = false) @Nullable QuoteStatus status, @ModelAttribute("form") QuoteForm form,
			Model model) {
		model.addAttribute("quotes", this.quotes.find(status, null, null, null, new PageRequest(0, 50)).items());
		model.addAttribute("status", status);
		addChoices(model);
		return "sales/quotes";
	}

	@PostMapping("/quotes")
	String create(@ModelAttribute("form") QuoteForm form, Model model, RedirectAttributes redirect) {
		try {
			Quote quote = this.quotes.create(form.request());
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(quote.status() == QuoteStatus.ISSUED
					? "sales-quotes.created.issued" : "sales-quotes.created.pending", quote.number()));
			return "redirect:/sales/quotes/" + quote.id();
		}
		catch (ProblemException ex) {
			model.addAttribute(Flash.ATTRIBUTE, Flash.danger("sales-quotes.problem", String.valueOf(ex.getMessage())));
			model.addAttribute("quotes", this.quotes.find(null, null, null, null, new PageRequest(0, 50)).items());
			addChoices(model);
			return "sales/quotes";
		}
	}

	@GetMapping("/quotes/{id}")
	String detail(@PathVariable UUID id, Model model) {
		addQuote(id, model);
		return "sales/quote";
	}

	@GetMapping("/quotes/{id}/print")
	String print(@PathVariable UUID id, Model model) {
		addQuote(id, model);
		return "sales/quote-print";
	}

	@GetMapping("/quote-approvals")
	@PreAuthorize("hasAuthority('PERM_SALES_MANAGE')")
	String approvals(Model model) {
		List<Quote> pending = this.quotes.find(QuoteStatus.PENDING_APPROVAL, null, null, null, new PageRequest(0, 100))
			.items();
		model.addAttribute("pending", pending);
		model.addAttribute("dealerNames", this.network.dealers(pending.stream().map(Quote::dealerId).toList()));
		return "sales/quote-approvals";
	}

	@PostMapping("/quotes/{id}/approval")
	String approve(@PathVariable UUID id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		return decide(redirect, "sales-quotes.approved", () -> this.quotes.approve(id, note));
	}

	@PostMapping("/quotes/{id}/rejection")
	String reject(@PathVariable UUID id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		return decide(redirect, "sales-quotes.rejected", () -> this.quotes.reject(id, note));
	}

	/** A dealer's staff quote for their own dealer; others pick one of their scope. */
	private void addChoices(Model model) {
		AccessScope scope = CurrentAccess.scope();
		model.addAttribute("dealerScoped", scope.level() == AccessScope.Level.DEALER);
		model.addAttribute("dealers",
				this.network.activeDealers()
					.stream()
					.filter(dealer -> scope.covers(dealer.id(), dealer.regionId()))
					.toList());
	}

	private void addQuote(UUID id, Model model) {
		Quote quote = this.quotes.get(id);
		model.addAttribute("quote", quote);
		model.addAttribute("expired", this.quotes.expired(quote));
		model.addAttribute("canOrder", quote.status() == QuoteStatus.ISSUED && !this.quotes.expired(quote)
				&& CurrentAccess.can(Permission.SALES_WRITE));
		model.addAttribute("configuration", this.quotes.configurationOf(quote));
		model.addAttribute("schedule", this.quotes.scheduleOf(quote));
		model.addAttribute("dealer", this.network.dealer(quote.dealerId()).orElse(null));
	}

	private String decide(RedirectAttributes redirect, String success, Runnable work) {
		try {
			work.run();
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(success));
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE,
					Flash.danger("sales-quotes.problem", String.valueOf(ex.getMessage())));
		}
		return "redirect:/sales/quote-approvals";
	}

	/** The new-quote form; blank fields are left out of the request. */
	static final class QuoteForm {

		private String configurationCode = "";

		private @Nullable UUID dealerId;

		private @Nullable UUID customerId;

		private @Nullable UUID leadId;

		private String discount = "";

		private String discountReason = "";

		private String tradeInAllowance = "";

		private String tradeInDescription = "";

		private String registrationCityCode = "";

		private String seats = "";

		private String financeMethod = "";

		private String downPaymentPercent = "";

		private String termMonths = "";

		private String annualRatePercent = "";

		private String finalPaymentPercent = "";

		NewQuote request() {
			NewQuote.FinanceTerms finance = this.financeMethod.isBlank() ? null
					: new NewQuote.FinanceTerms(this.financeMethod, null,
							number("downPaymentPercent", this.downPaymentPercent),
							integer("termMonths", this.termMonths), number("annualRatePercent", this.annualRatePercent),
							null, number("finalPaymentPercent", this.finalPaymentPercent), null, null);
			return new NewQuote(this.configurationCode, this.dealerId, this.customerId, this.leadId,
					number("discount", this.discount), blank(this.discountReason), blank(this.registrationCityCode),
					integer("seats", this.seats), number("tradeInAllowance", this.tradeInAllowance),
					blank(this.tradeInDescription), finance, null);
		}

		private static @Nullable String blank(String value) {
			return value.isBlank() ? null : value;
		}

		private static @Nullable BigDecimal number(String field, String value) {
			try {
				return value.isBlank() ? null : new BigDecimal(value.strip().replace(",", ""));
			}
			catch (NumberFormatException ex) {
				throw ProblemException.validation(field, "'" + value + "' is not a number");
			}
		}

		private static @Nullable Integer integer(String field, String value) {
			try {
				return value.isBlank() ? null : Integer.valueOf(value.strip());
			}
			catch (NumberFormatException ex) {
				throw ProblemException.validation(field, "'" + value + "' is not a whole number");
			}
		}

		// Getters and setters for Spring's form binding.

		public String getConfigurationCode() {
			return this.configurationCode;
		}

		public void setConfigurationCode(String value) {
			this.configurationCode = value;
		}

		public @Nullable UUID getDealerId() {
			return this.dealerId;
		}

		public void setDealerId(@Nullable UUID value) {
			this.dealerId = value;
		}

		public @Nullable UUID getCustomerId() {
			return this.customerId;
		}

		public void setCustomerId(@Nullable UUID value) {
			this.customerId = value;
		}

		public @Nullable UUID getLeadId() {
			return this.leadId;
		}

		public void setLeadId(@Nullable UUID value) {
			this.leadId = value;
		}

		public String getDiscount() {
			return this.discount;
		}

		public void setDiscount(String value) {
			this.discount = value;
		}

		public String getDiscountReason() {
			return this.discountReason;
		}

		public void setDiscountReason(String value) {
			this.discountReason = value;
		}

		public String getTradeInAllowance() {
			return this.tradeInAllowance;
		}

		public void setTradeInAllowance(String value) {
			this.tradeInAllowance = value;
		}

		public String getTradeInDescription() {
			return this.tradeInDescription;
		}

		public void setTradeInDescription(String value) {
			this.tradeInDescription = value;
		}

		public String getRegistrationCityCode() {
			return this.registrationCityCode;
		}

		public void setRegistrationCityCode(String value) {
			this.registrationCityCode = value;
		}

		public String getSeats() {
			return this.seats;
		}

		public void setSeats(String value) {
			this.seats = value;
		}

		public String getFinanceMethod() {
			return this.financeMethod;
		}

		public void setFinanceMethod(String value) {
			this.financeMethod = value;
		}

		public String getDownPaymentPercent() {
			return this.downPaymentPercent;
		}

		public void setDownPaymentPercent(String value) {
			this.downPaymentPercent = value;
		}

		public String getTermMonths() {
			return this.termMonths;
		}

		public void setTermMonths(String value) {
			this.termMonths = value;
		}

		public String getAnnualRatePercent() {
			return this.annualRatePercent;
		}

		public void setAnnualRatePercent(String value) {
			this.annualRatePercent = value;
		}

		public String getFinalPaymentPercent() {
			return this.finalPaymentPercent;
		}

		public void setFinalPaymentPercent(String value) {
			this.finalPaymentPercent = value;
		}

	}

}
