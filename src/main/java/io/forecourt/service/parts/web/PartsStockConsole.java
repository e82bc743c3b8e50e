package io.forecourt.service.parts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.forecourt.kernel.console.ConsoleController;
import io.forecourt.kernel.console.Flash;
import io.forecourt.kernel.console.Htmx;
import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.service.parts.AdjustmentReason;
import io.forecourt.service.parts.PartRequests.Adjustment;
import io.forecourt.service.parts.PartRequests.NewReceipt;
import io.forecourt.service.parts.PartRequests.ReceiptLine;
import io.forecourt.service.parts.PartRequests.StockSettings;
import io.forecourt.service.parts.PartsStock;
import io.forecourt.service.parts.PartsStockReads;
import io.forecourt.service.parts.Receipt;
import io.forecourt.service.parts.StockLevel;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The parts stock pages for service advisors, dealer managers and HQ: every part of the
 * viewer's dealers with the ones below their reorder point highlighted and counted (a
 * "Low stock" badge that filters), goods received on a form of several lines, and a
 * part's page with its settings, a stocktake form and its journal. Permissions and scope
 * are the services' business; the pages only hide what the viewer could not do.
 */
@ConsoleController
@RequestMapping("/service/parts-stock")
class PartsStockConsole {

	static final int PAGE_SIZE = 20;

	/** Empty lines the receipt form offers. */
	static final int RECEIPT_ROWS = 6;

	private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)");

	private final PartsStockReads reads;

	private final PartsStock stock;

	private final ConsoleDealers dealers;

	PartsStockConsole(PartsStockReads reads, PartsStock stock, ConsoleDealers dealers) {
		this.reads = reads;
		this.stock = stock;
		this.dealers = dealers;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable UUID dealerId,
			@RequestParam(defaultValue = "false") boolean low, @RequestParam(required = false) @Nullable String bin,
			@RequestParam(required = false) @Nullable String search, @RequestParam(defaultValue = "0") int page,
			Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
		PartsStockFilter filter = new PartsStockFilter(dealerId, low, bin, search);
		Page<StockLevel> results = this.reads.find(filter.query(), new PageRequest(page, PAGE_SIZE));
		model.addAttribute("filter", filter);
		model.addAttribute("results", results);
		model.addAttribute("lowCount", this.reads.lowCount(dealerId));
		model.addAttribute("dealers", this.dealers.labels(locale));
		model.addAttribute("showDealer", CurrentAccess.scope().level() != AccessScope.Level.DEALER);
		model.addAttribute("canReceive", CurrentAccess.can(Permission.SERVICE_WRITE));
		return Htmx.pageOrFragment(request, response, "service/parts-stock", "results");
	}

	@GetMapping("/receive")
	String receiveForm(@RequestParam(required = false) @Nullable UUID dealerId, Locale locale, Model model) {
		List<FormLine> lines = new ArrayList<>();
		for (int i = 0; i < RECEIPT_ROWS; i++) {
			lines.add(new FormLine("", "", "", null));
		}
		return receiveForm(model, locale, dealerId, "", UUID.randomUUID().toString(), lines, null);
	}

	/**
	 * Records the receipt; the form's token is its idempotency key, so sending the form
	 * twice (a double click, a reload) receives the goods once.
	 */
	@PostMapping("/receive")
	String receive(@RequestParam(required = false) @Nullable UUID dealerId,
			@RequestParam(defaultValue = "") String deliveryNote, @RequestParam String token,
			@RequestParam(name = "partNumber", required = false) @Nullable List<String> partNumbers,
			@RequestParam(name = "quantity", required = false) @Nullable List<String> quantities,
			@RequestParam(name = "binLocation", required = false) @Nullable List<String> bins, Locale locale,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		List<FormLine> form = new ArrayList<>();
		List<ReceiptLine> lines = new ArrayList<>();
		List<Integer> rowOfLine = new ArrayList<>();
		int rows = Math.max(RECEIPT_ROWS, partNumbers == null ? 0 : partNumbers.size());
		for (int i = 0; i < rows; i++) {
			String number = at(partNumbers, i);
			String quantity = at(quantities, i);
			String bin = at(bins, i);
			form.add(new FormLine(number, quantity, bin, null));
			if (!number.isBlank() || !quantity.isBlank()) {
				lines.add(new ReceiptLine(number, parseQuantity(quantity), bin));
				rowOfLine.add(i);
			}
		}
		if (dealerId == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return receiveForm(model, locale, null, deliveryNote, token, form, "dealerId: is required");
		}
		try {
			Receipt receipt = this.stock.receive(dealerId, new NewReceipt(deliveryNote, lines), token);
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("service-parts.receive.done",
					receipt.lines().size(), receipt.lines().stream().mapToInt(Receipt.Line::quantity).sum()));
			return "redirect:/service/parts-stock?dealerId=" + dealerId;
		}
		catch (ProblemException ex) {
			for (ProblemException.FieldProblem problem : problems(ex)) {
				Matcher matcher = LINE_FIELD.matcher(problem.field());
				if (matcher.matches() && Integer.parseInt(matcher.group(1)) < rowOfLine.size()) {
					int row = rowOfLine.get(Integer.parseInt(matcher.group(1)));
					FormLine line = form.get(row);
					form.set(row, new FormLine(line.partNumber(), line.quantity(), line.binLocation(),
							matcher.group(2) + ": " + problem.message()));
				}
			}
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return receiveForm(model, locale, dealerId, deliveryNote, token, form, String.valueOf(ex.getMessage()));
		}
	}

	@GetMapping("/{dealerId}/{partNumber}")
	String part(@PathVariable UUID dealerId, @PathVariable String partNumber,
			@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		StockLevel level = this.reads.get(dealerId, partNumber);
		model.addAttribute("level", level);
		model.addAttribute("dealerLabel", this.dealers.label(dealerId, locale));
		model.addAttribute("movements",
				this.reads.movements(dealerId, level.partNumber(), new PageRequest(page, PAGE_SIZE)));
		model.addAttribute("reasons", AdjustmentReason.values());
		model.addAttribute("canManage", CurrentAccess.can(Permission.SERVICE_MANAGE));
		return "service/parts-stock-item";
	}

	@PostMapping("/{dealerId}/{partNumber}/stocktake")
	String stocktake(@PathVariable UUID dealerId, @PathVariable String partNumber,
			@RequestParam(defaultValue = "") String countedOnHand,
			@RequestParam(required = false) @Nullable Integer expectedOnHand,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		try {
			StockLevel level = this.stock.adjust(dealerId, partNumber,
					new Adjustment(parseQuantity(countedOnHand), expectedOnHand, reason, note));
			redirect.addFlashAttribute(Flash.ATTRIBUTE,
					Flash.success("service-parts.stocktake.done", level.partNumber(), level.onHand()));
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE,
					Flash.danger("service-parts.problem", String.valueOf(ex.getMessage())));
		}
		return "redirect:" + itemUrl(dealerId, partNumber);
	}

	@PostMapping("/{dealerId}/{partNumber}/settings")
	String settings(@PathVariable UUID dealerId, @PathVariable String partNumber,
			@RequestParam(defaultValue = "") String reorderPoint,
			@RequestParam(defaultValue = "") String reorderQuantity,
			@RequestParam(defaultValue = "") String binLocation, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			this.stock.configure(dealerId, partNumber,
					new StockSettings(parseQuantity(reorderPoint), parseQuantity(reorderQuantity), binLocation),
					version);
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("service-parts.settings.done"));
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE,
					Flash.danger("service-parts.problem", String.valueOf(ex.getMessage())));
		}
		return "redirect:" + itemUrl(dealerId, partNumber);
	}

	/** One row of the receipt form as sent, with what is wrong with it. */
	record FormLine(String partNumber, String quantity, String binLocation, @Nullable String problem) {
	}

	private String receiveForm(Model model, Locale locale, @Nullable UUID dealerId, String deliveryNote, String token,
			List<FormLine> lines, @Nullable String problem) {
		Map<UUID, String> dealers = this.dealers.labels(locale);
		model.addAttribute("dealers", dealers);
		model.addAttribute("dealerId",
				dealerId == null && dealers.size() == 1 ? dealers.keySet().iterator().next() : dealerId);
		model.addAttribute("deliveryNote", deliveryNote);
		model.addAttribute("token", token);
		model.addAttribute("lines", lines);
		model.addAttribute("problem", problem);
		return "service/parts-receive";
	}

	static String itemUrl(UUID dealerId, String partNumber) {
		return "/service/parts-stock/" + dealerId + "/" + org.springframework.web.util.UriUtils
			.encodePathSegment(partNumber.strip().toUpperCase(Locale.ROOT), java.nio.charset.StandardCharsets.UTF_8);
	}

	private static String at(@Nullable List<String> values, int index) {
		return values == null || index >= values.size() || values.get(index) == null ? "" : values.get(index).strip();
	}

	/**
	 * The form's number, or a value the service rejects for the field when it is not one.
	 */
	private static @Nullable Integer parseQuantity(String value) {
		if (value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	@SuppressWarnings("unchecked")
	private static List<ProblemException.FieldProblem> problems(ProblemException ex) {
		Object errors = ex.properties().get("errors");
		return errors instanceof List<?> list ? (List<ProblemException.FieldProblem>) list : List.of();
	}

}
