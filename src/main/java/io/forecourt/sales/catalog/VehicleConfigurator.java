package io.forecourt.sales.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.sales.Configurations;
import io.forecourt.sales.PriceLine;
import io.forecourt.sales.PricedConfiguration;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The configurator: checks a selection against the catalog's rules, prices it on the
 * pricing day, and stores a valid one under a fresh share code as priced then (a
 * snapshot: later price lists do not change it). A refused configuration stores nothing.
 *
 * <p>
 * Codes that name nothing, or an item of the wrong kind, are bad input (400, every field
 * named); a well-formed selection that breaks the catalog's rules is refused with every
 * violation (422).
 */
@Service
public class VehicleConfigurator implements Configurations {

	static final String RESOURCE = "vehicle-configuration";

	/** Attempts at a free share code; a clash among 31^8 codes is already rare. */
	private static final int CODE_ATTEMPTS = 10;

	private final CatalogSnapshots snapshots;

	private final StoredConfigurations stored;

	private final MessageSource messages;

	private final AuditLog audit;

	private final Clock clock;

	private final Supplier<String> codes;

	@Autowired
	VehicleConfigurator(CatalogSnapshots snapshots, StoredConfigurations stored, MessageSource messages, AuditLog audit,
			Clock clock) {
		this(snapshots, stored, messages, audit, clock, new ShareCodes()::next);
	}

	VehicleConfigurator(CatalogSnapshots snapshots, StoredConfigurations stored, MessageSource messages, AuditLog audit,
			Clock clock, Supplier<String> codes) {
		// tests hand in the codes to show that a taken one is skipped
		this.snapshots = snapshots;
		this.stored = stored;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
		this.codes = codes;
	}

	/** Checks and prices a selection without storing it: the live preview. */
	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	@Transactional(readOnly = true)
	public ConfigurationOutcome check(Selection selection, Locale locale) {
		return evaluate(selection, locale);
	}

	/**
	 * Checks, prices and stores a configuration made by a consultant or an integrator.
	 */
	@PreAuthorize("hasAuthority('PERM_SALES_WRITE')")
	@Transactional
	public ConfigurationOutcome configure(Selection selection, ConfigurationChannel channel, Locale locale) {
		ConfigurationOutcome outcome = evaluate(selection, locale);
		if (outcome instanceof ConfigurationOutcome.Priced priced) {
			return new ConfigurationOutcome.Priced(store(priced.configuration(), channel));
		}
		return outcome;
	}

	/**
	 * The brand website's configurator, without a signed-in caller: always today's price
	 * lists. The web layer rate-limits it and shows no dealer prices.
	 */
	@Transactional
	public ConfigurationOutcome configurePublicly(Selection selection, boolean store, Locale locale) {
		Selection today = new Selection(selection.modelCode(), selection.trimCode(), selection.exteriorColourCode(),
				selection.interiorColourCode(), selection.packageCodes(), selection.accessoryCodes(), null);
		ConfigurationOutcome outcome = evaluate(today, locale);
		if (store && outcome instanceof ConfigurationOutcome.Priced priced) {
			return new ConfigurationOutcome.Priced(store(priced.configuration(), ConfigurationChannel.PUBLIC));
		}
		return outcome;
	}

	/**
	 * Today's active items with their MSRPs and the rules, for the public configurator.
	 */
	@Transactional(readOnly = true)
	public CatalogOffer offerToday() {
		CatalogSnapshot catalog = this.snapshots.on(null);
		List<CatalogItem> items = catalog.items()
			.values()
			.stream()
			.filter(item -> item.active() && (item.modelCode() == null
					|| catalog.item(item.modelCode()).map(CatalogItem::active).orElse(false)))
			.sorted(java.util.Comparator.comparing(CatalogItem::kind)
				.thenComparing(CatalogItem::sortOrder)
				.thenComparing(CatalogItem::code))
			.toList();
		Set<String> active = new HashSet<>(items.stream().map(CatalogItem::code).toList());
		java.util.Map<String, BigDecimal> msrp = new java.util.HashMap<>();
		catalog.prices().forEach((code, price) -> {
			if (active.contains(code)) {
				msrp.put(code, price.msrp());
			}
		});
		List<CatalogRule> rules = catalog.rules()
			.stream()
			.filter(rule -> active.contains(rule.subjectCode()) && active.contains(rule.objectCode()))
			.toList();
		return new CatalogOffer(catalog.day(), items, msrp, rules);
	}

	/** A stored configuration, for staff and integrators. */
	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	@Transactional(readOnly = true)
	public Optional<PricedConfiguration> lookUp(String code) {
		return find(code);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PricedConfiguration> find(String code) {
		return ShareCodes.normalise(code).flatMap(this.stored::find);
	}

	@Override
	@Transactional
	public Optional<PricedConfiguration> configure(String modelCode, String trimCode, String exteriorColourCode,
			String interiorColourCode) {
		ConfigurationOutcome outcome = configurePublicly(
				new Selection(modelCode, trimCode, exteriorColourCode, interiorColourCode, List.of(), List.of(), null),
				true, Locale.SIMPLIFIED_CHINESE);
		return outcome instanceof ConfigurationOutcome.Priced priced ? Optional.of(priced.configuration())
				: Optional.empty();
	}

	private ConfigurationOutcome evaluate(Selection selection, Locale locale) {
		CatalogSnapshot catalog = this.snapshots.on(selection.pricingDate());
		Choices choices = resolve(selection, catalog);
		ConfigurationCheck.Result result = new ConfigurationCheck(catalog, this.messages, locale).check(choices);
		if (!result.valid()) {
			return new ConfigurationOutcome.Rejected(result.violations());
		}
		List<PriceLine> lines = result.lines();
		BigDecimal msrp = lines.stream().map(PriceLine::msrp).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
		BigDecimal dealer = lines.stream()
			.map(PriceLine::dealerPrice)
			.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
		CatalogItem model = choices.model();
		CatalogItem trim = choices.trim();
		// no code yet: a preview has none, and storing draws a free one
		return new ConfigurationOutcome.Priced(new PricedConfiguration("", model.code(), trim.code(),
				choices.exterior().code(), choices.interior().code(), model.nameZh() + " " + trim.nameZh(),
				model.nameEn() + " " + trim.nameEn(), model.powertrain(), lines, msrp, dealer, catalog.day(),
				this.clock.instant()));
	}

	private PricedConfiguration store(PricedConfiguration priced, ConfigurationChannel channel) {
		ForecourtPrincipal actor = CurrentAccess.principal().orElse(null);
		String createdBy = actor == null ? "public" : actor.name();
		AccessScope scope = CurrentAccess.scope();
		UUID dealer = scope.level() == AccessScope.Level.DEALER ? scope.dealerId() : null;
		for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
			PricedConfiguration coded = withCode(priced, this.codes.get());
			if (this.stored.insertIfCodeFree(coded, createdBy, dealer, channel)) {
				this.audit.recordChange(AuditAction.CREATE, RESOURCE, coded.code(),
						channel + " " + coded.trimCode() + " MSRP " + coded.msrpTotal().toPlainString());
				return coded;
			}
		}
		throw new IllegalStateException("No free share code after " + CODE_ATTEMPTS + " attempts");
	}

	private static PricedConfiguration withCode(PricedConfiguration c, String code) {
		return new PricedConfiguration(code, c.modelCode(), c.trimCode(), c.exteriorColourCode(),
				c.interiorColourCode(), c.nameZh(), c.nameEn(), c.powertrain(), c.lines(), c.msrpTotal(),
				c.dealerPriceTotal(), c.pricedOn(), c.createdAt());
	}

	/**
	 * The selection's items.
	 * @throws io.forecourt.kernel.web.ProblemException 400 naming every missing code,
	 * every code the catalog does not have, and every code of the wrong kind
	 */
	private static Choices resolve(Selection selection, CatalogSnapshot catalog) {
		FieldErrors errors = new FieldErrors();
		CatalogItem model = item(errors, "modelCode", selection.modelCode(), ChoiceKind.MODEL, catalog);
		CatalogItem trim = item(errors, "trimCode", selection.trimCode(), ChoiceKind.TRIM, catalog);
		CatalogItem exterior = item(errors, "exteriorColourCode", selection.exteriorColourCode(),
				ChoiceKind.EXTERIOR_COLOUR, catalog);
		CatalogItem interior = item(errors, "interiorColourCode", selection.interiorColourCode(),
				ChoiceKind.INTERIOR_COLOUR, catalog);
		List<CatalogItem> packages = items(errors, "packageCodes", selection.packageCodes(), ChoiceKind.PACKAGE,
				catalog);
		List<CatalogItem> accessories = items(errors, "accessoryCodes", selection.accessoryCodes(),
				ChoiceKind.ACCESSORY, catalog);
		errors.throwIfAny();
		return new Choices(model, trim, exterior, interior, packages, accessories);
	}

	private static List<CatalogItem> items(FieldErrors errors, String field, List<String> codes, ChoiceKind kind,
			CatalogSnapshot catalog) {
		if (codes.size() > Selection.MAX_OPTIONS) {
			errors.reject(field, "at most " + Selection.MAX_OPTIONS);
			return List.of();
		}
		List<CatalogItem> items = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < codes.size(); i++) {
			String name = field + "[" + i + "]";
			CatalogItem item = item(errors, name, codes.get(i), kind, catalog);
			if (item != null && !seen.add(item.code())) {
				errors.reject(name, item.code() + " is chosen twice");
			}
			else if (item != null) {
				items.add(item);
			}
		}
		return items;
	}

	private static @Nullable CatalogItem item(FieldErrors errors, String field, @Nullable String code, ChoiceKind kind,
			CatalogSnapshot catalog) {
		if (code == null || code.isBlank()) {
			errors.reject(field, "is required");
			return null;
		}
		String normal = code.strip().toUpperCase(Locale.ROOT);
		Optional<CatalogItem> item = catalog.item(normal);
		if (item.isEmpty()) {
			errors.reject(field, "the catalog has no " + kind + " " + normal);
			return null;
		}
		if (item.get().kind() != kind) {
			errors.reject(field, normal + " is a " + item.get().kind() + ", not a " + kind);
			return null;
		}
		return item.get();
	}

}
