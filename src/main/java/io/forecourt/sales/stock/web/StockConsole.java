package io.forecourt.sales.stock.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.forecourt.kernel.console.ConsoleController;
import io.forecourt.kernel.console.Flash;
import io.forecourt.kernel.console.Htmx;
import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.network.DealerNetwork;
import io.forecourt.network.DealerSummary;
import io.forecourt.sales.stock.AgeingBucket;
import io.forecourt.sales.stock.StockCalendar;
import io.forecourt.sales.stock.StockReads;
import io.forecourt.sales.stock.StockStatus;
import io.forecourt.sales.stock.StockVehicleRegistry;
import io.forecourt.sales.stock.StockVehicleView;
import jakarta.servlet.http.HttpServletRequest;
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
 * The stock page for dealer managers and HQ: every car of the viewer's scope with its
 * days in stock, the ageing bands highlighted and counted, filters that htmx applies as
 * they change, and the arrival of cars in transit recorded from the list. Permissions and
 * scope are the services' business; the page only hides what the viewer could not do.
 */
@ConsoleController
@RequestMapping("/sales/stock")
class StockConsole {

	static final int PAGE_SIZE = 20;

	private final StockReads reads;

	private final StockVehicleRegistry registry;

	private final StockCalendar calendar;

	private final DealerNetwork network;

	StockConsole(StockReads reads, StockVehicleRegistry registry, StockCalendar calendar, DealerNetwork network) {
		this.reads = reads;
		this.registry = registry;
		this.calendar = calendar;
		this.network = network;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable UUID dealerId,
			@RequestParam(required = false) @Nullable String modelCode,
			@RequestParam(required = false) @Nullable StockStatus status,
			@RequestParam(required = false) @Nullable AgeingBucket ageing,
			@RequestParam(required = false) @Nullable Boolean inTransit,
			@RequestParam(required = false) @Nullable String vin, @RequestParam(defaultValue = "0") int page,
			Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
		StockConsoleFilter filter = new StockConsoleFilter(dealerId, modelCode, status, ageing, inTransit, vin);
		Page<StockVehicleView> results = this.reads.find(filter.stock(), new PageRequest(page, PAGE_SIZE));
		Map<UUID, String> dealers = visibleDealers(locale);
		model.addAttribute("filter", filter);
		model.addAttribute("results", results);
		// keyed by name: the template's SpEL indexes maps by string
		Map<String, Long> summary = new LinkedHashMap<>();
		this.reads.ageingSummary(filter.stock()).forEach((bucket, count) -> summary.put(bucket.name(), count));
		model.addAttribute("summary", summary);
		model.addAttribute("dealers", dealers);
		model.addAttribute("dealerNames", names(results, dealers, locale));
		model.addAttribute("showDealer", CurrentAccess.scope().level() != AccessScope.Level.DEALER);
		model.addAttribute("statuses", StockStatus.values());
		model.addAttribute("buckets", AgeingBucket.values());
		model.addAttribute("today", this.calendar.today());
		model.addAttribute("canManage", CurrentAccess.can(Permission.SALES_MANAGE));
		return Htmx.pageOrFragment(request, response, "sales/stock", "results");
	}

	@PostMapping("/{id}/arrival")
	String arrive(@PathVariable UUID id, @RequestParam long version, @RequestParam(defaultValue = "") String back,
			RedirectAttributes redirect) {
		try {
			StockVehicleView car = this.registry.markArrived(id, version, null);
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("sales-stock.arrival.done", car.vin()));
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE,
					Flash.danger("sales-stock.problem", String.valueOf(ex.getMessage())));
		}
		// back is one of our own list URLs; anything else goes to the plain list
		return "redirect:" + (back.startsWith("/sales/stock") && !back.startsWith("//") ? back : "/sales/stock");
	}

	/** The dealers of the viewer's scope, by code, for the dealer filter. */
	private Map<UUID, String> visibleDealers(Locale locale) {
		AccessScope scope = CurrentAccess.scope();
		Map<UUID, String> dealers = new LinkedHashMap<>();
		this.network.activeDealers()
			.stream()
			.filter(d -> scope.covers(d.id(), d.regionId()))
			.sorted(Comparator.comparing(DealerSummary::code))
			.forEach(d -> dealers.put(d.id(), label(d, locale)));
		return dealers;
	}

	/** Labels of the listed cars' dealers, also those no longer active. */
	private Map<UUID, String> names(Page<StockVehicleView> results, Map<UUID, String> active, Locale locale) {
		Map<UUID, String> names = new LinkedHashMap<>(active);
		var missing = results.items()
			.stream()
			.map(StockVehicleView::dealerId)
			.filter(id -> !names.containsKey(id))
			.toList();
		this.network.dealers(missing).forEach((id, dealer) -> names.put(id, label(dealer, locale)));
		return names;
	}

	private static String label(DealerSummary dealer, Locale locale) {
		return dealer.code() + " " + (locale.getLanguage().equals("zh") ? dealer.nameZh() : dealer.nameEn());
	}

}
