package io.forecourt.sales.orders.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.forecourt.kernel.console.ConsoleController;
import io.forecourt.kernel.console.Flash;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.sales.Payments;
import io.forecourt.sales.orders.CancelReason;
import io.forecourt.sales.orders.NewOrder;
import io.forecourt.sales.orders.OrderPlacement;
import io.forecourt.sales.orders.OrderReads;
import io.forecourt.sales.orders.OrderStatus;
import io.forecourt.sales.orders.OrderView;
import io.forecourt.sales.orders.OrderWorkflow;
import io.forecourt.sales.quotes.Quote;
import io.forecourt.sales.quotes.SalesQuotes;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The orders' console: the pipeline by state, an order's page with the actions its state
 * allows (each form carries the version the page showed, so a stale page is refused), and
 * the create form, also reached from a lead's page with the lead and customer filled in,
 * and from a quote's page to order the quote. Permissions and scope are the services'
 * business.
 */
@ConsoleController
@RequestMapping("/sales/orders")
class OrderConsole {

	private static final int PER_STATE = 50;

	private final OrderReads reads;

	private final OrderPlacement placement;

	private final OrderWorkflow workflow;

	private final Payments payments;

	private final OrderConsoleNames names;

	private final SalesQuotes quotes;

	OrderConsole(OrderReads reads, OrderPlacement placement, OrderWorkflow workflow, Payments payments,
			OrderConsoleNames names, SalesQuotes quotes) {
		this.quotes = quotes;
		this.reads = reads;
		this.placement = placement;
		this.workflow = workflow;
		this.payments = payments;
		this.names = names;
	}

	@GetMapping
	String pipeline(@RequestParam(defaultValue = "false") boolean mine, Locale locale, Model model) {
		UUID me = CurrentAccess.principal().map(ForecourtPrincipal::staffId).orElse(null);
		boolean onlyMine = mine && me != null;
		Map<OrderStatus, List<OrderView.Summary>> columns = this.reads.pipeline(onlyMine ? me : null, PER_STATE);
		List<UUID> dealers = new ArrayList<>();
		List<UUID> staff = new ArrayList<>();
		columns.values().forEach(list -> list.forEach(o -> {
			dealers.add(o.dealerId());
			if (o.consultantId() != null) {
				staff.add(o.consultantId());
			}
		}));
		model.addAttribute("columns", columns);
		model.addAttribute("mine", onlyMine);
		model.addAttribute("canFilterMine", me != null);
		model.addAttribute("canCreate", CurrentAccess.can(Permission.SALES_WRITE));
		model.addAttribute("dealers", this.names.dealers(dealers, locale));
		model.addAttribute("staff", this.names.staff(staff));
		return "sales/orders";
	}

	/**
	 * The create form; from a quote's page it orders that quote (its customer and lead
	 * filled in, its price shown).
	 */
	@GetMapping("/new")
	String createForm(@RequestParam(required = false) @Nullable String configurationCode,
			@RequestParam(required = false) @Nullable UUID quoteId,
			@RequestParam(required = false) @Nullable UUID leadId,
			@RequestParam(required = false) @Nullable UUID customerId, Locale locale, Model model) {
		Quote quote = quoteId == null ? null : this.quotes.get(quoteId);
		model.addAttribute("form",
				quote == null ? new OrderForm(configurationCode, null, customerId, null, null, leadId, null, null)
						: new OrderForm(null, quote.id(), quote.customerId(), null, null, quote.leadId(),
								quote.dealerId(), null));
		return form(model, locale, List.of());
	}

	@PostMapping
	String create(OrderForm form, Locale locale, Model model, HttpServletResponse response) {
		try {
			OrderView order = this.placement.place(form.toNewOrder());
			return "redirect:/sales/orders/" + order.id() + "?created";
		}
		catch (ProblemException ex) {
			response.setStatus(422);
			model.addAttribute("form", form);
			return form(model, locale, problems(ex));
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, @RequestParam(required = false) @Nullable String created, Locale locale,
			Model model) {
		OrderView order = this.reads.view(id);
		model.addAttribute("order", order);
		model.addAttribute("justCreated", created != null);
		model.addAttribute("dealers", this.names.dealers(List.of(order.dealerId()), locale));
		model.addAttribute("staff",
				this.names.staff(order.consultantId() == null ? List.of() : List.of(order.consultantId())));
		model.addAttribute("quotes", this.reads.cancellationQuotes(id));
		model.addAttribute("fromQuote", order.quoteId() == null ? null : this.quotes.get(order.quoteId()));
		model.addAttribute("payments", this.payments.paymentsFor(OrderWorkflow.DEPOSIT, id));
		model.addAttribute("canWork", CurrentAccess.can(Permission.SALES_MANAGE)
				|| (CurrentAccess.can(Permission.SALES_WRITE) && order.consultantId() != null && order.consultantId()
					.equals(CurrentAccess.principal().map(ForecourtPrincipal::staffId).orElse(null))));
		model.addAttribute("canTakeDeposit",
				CurrentAccess.can(Permission.SALES_WRITE) && order.status() == OrderStatus.CREATED);
		model.addAttribute("depositKey", UUID.randomUUID().toString());
		model.addAttribute("path", OrderStatus.PATH);
		return "sales/order";
	}

	@PostMapping("/{id}/deposit-payments")
	String startDeposit(@PathVariable UUID id, @RequestParam(defaultValue = "") String idempotencyKey,
			RedirectAttributes redirect) {
		return act(id, redirect, "sales-orders.deposit.started", () -> this.workflow.startDeposit(id, idempotencyKey));
	}

	@PostMapping("/{id}/contract-signature")
	String signContract(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		return act(id, redirect, "sales-orders.contract.signed", () -> this.workflow.signContract(id, version));
	}

	@PostMapping("/{id}/vin-allocation")
	String allocateVin(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		return act(id, redirect, "sales-orders.vin.requested", () -> this.workflow.allocateVin(id, version));
	}

	@PostMapping("/{id}/pdi")
	String pdi(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		return act(id, redirect, "sales-orders.pdi.done", () -> this.workflow.markPdiDone(id, version));
	}

	@PostMapping("/{id}/delivery")
	String deliver(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		return act(id, redirect, "sales-orders.delivered", () -> this.workflow.deliver(id, version));
	}

	@PostMapping("/{id}/cancellation")
	String cancel(@PathVariable UUID id, @RequestParam long version, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		return act(id, redirect, "sales-orders.cancelled", () -> this.workflow.cancel(id, version, reason, note));
	}

	private String form(Model model, Locale locale, List<String> errors) {
		OrderForm form = (OrderForm) model.getAttribute("form");
		model.addAttribute("quote", form == null || form.quoteId() == null ? null : visibleQuote(form.quoteId()));
		boolean dealerScoped = CurrentAccess.scope().level() == AccessScope.Level.DEALER;
		model.addAttribute("chooseDealer", !dealerScoped);
		model.addAttribute("dealerChoices",
				dealerScoped ? List.of()
						: this.names.dealersInScope()
							.stream()
							.map(d -> Map.entry(d.id(), OrderConsoleNames.label(d, locale)))
							.toList());
		model.addAttribute("errors", errors);
		return "sales/order-form";
	}

	private @Nullable Quote visibleQuote(UUID id) {
		try {
			return this.quotes.get(id);
		}
		catch (ProblemException ex) {
			return null;
		}
	}

	private static List<String> problems(ProblemException ex) {
		if (ex.properties().get("errors") instanceof List<?> list && !list.isEmpty()) {
			return list.stream()
				.map(e -> e instanceof ProblemException.FieldProblem p ? p.field() + ": " + p.message()
						: String.valueOf(e))
				.toList();
		}
		return List.of(String.valueOf(ex.getMessage()));
	}

	private String act(UUID id, RedirectAttributes redirect, String success, Runnable work) {
		try {
			work.run();
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(success));
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE,
					Flash.danger("sales-orders.problem", String.valueOf(ex.getMessage())));
		}
		return "redirect:/sales/orders/" + id;
	}

	/** The create form's fields as typed. */
	record OrderForm(@Nullable String configurationCode, @Nullable UUID quoteId, @Nullable UUID customerId,
			@Nullable String phone, @Nullable String buyerFirstName, @Nullable UUID leadId, @Nullable UUID dealerId,
			@Nullable BigDecimal depositAmount) {

		NewOrder toNewOrder() {
			return new NewOrder(this.configurationCode, this.quoteId, this.customerId, this.phone, this.buyerFirstName,
					this.leadId, this.dealerId, null, this.depositAmount);
		}

	}

}
