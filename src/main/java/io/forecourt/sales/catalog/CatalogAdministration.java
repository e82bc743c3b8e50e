package io.forecourt.sales.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.sales.Powertrain;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HQ's maintenance of the catalog: items, dated prices and rules. Everyone who sells may
 * read it ({@code SALES_READ}); changing it is product data for the whole network, so
 * {@code CATALOG_WRITE} (HQ). Every change is audited. Prices are only ever added: a
 * price list change is a new row valid from a day no earlier than today, so what was
 * charged on a past day can always be told.
 */
@Service
@Transactional
public class CatalogAdministration {

	static final String ITEM = "vehicle-catalog-item";

	static final String PRICE = "vehicle-price";

	static final String RULE = "vehicle-rule";

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

	private final CatalogItems items;

	private final CatalogPrices prices;

	private final CatalogRules rules;

	private final CatalogSnapshots snapshots;

	private final AuditLog audit;

	private final Clock clock;

	CatalogAdministration(CatalogItems items, CatalogPrices prices, CatalogRules rules, CatalogSnapshots snapshots,
			AuditLog audit, Clock clock) {
		this.items = items;
		this.prices = prices;
		this.rules = rules;
		this.snapshots = snapshots;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	@Transactional(readOnly = true)
	public List<CatalogItem> items() {
		return this.items.findAll();
	}

	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	@Transactional(readOnly = true)
	public CatalogItem item(String code) {
		return this.items.find(code.strip().toUpperCase(Locale.ROOT))
			.orElseThrow(() -> ProblemException.notFound("Catalog item", code));
	}

	/** One item's price history, the latest first. */
	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	@Transactional(readOnly = true)
	public List<Price> prices(String code) {
		return this.prices.history(item(code).code());
	}

	/** The price each item has on a day (today when null), by item code. */
	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	@Transactional(readOnly = true)
	public Map<String, Price> pricesOn(@Nullable LocalDate day) {
		return this.prices.validOn(day == null ? this.snapshots.today() : day);
	}

	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	@Transactional(readOnly = true)
	public List<CatalogRule> rules() {
		return this.rules.findAll();
	}

	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	@Transactional(readOnly = true)
	public CatalogRule rule(long id) {
		return this.rules.find(id).orElseThrow(() -> ProblemException.notFound("Catalog rule", id));
	}

	/** The day from which new prices may apply: today, China time. */
	public LocalDate today() {
		return this.snapshots.today();
	}

	@PreAuthorize("hasAuthority('PERM_CATALOG_WRITE')")
	public CatalogItem createItem(ItemDraft draft) {
		FieldErrors errors = new FieldErrors();
		String code = errors.attempt("code", () -> code(draft.code()));
		ChoiceKind kind = errors.attempt("kind", () -> kind(draft.kind()));
		String modelCode = null;
		if (kind == ChoiceKind.TRIM) {
			modelCode = errors.attempt("modelCode", () -> modelOf(draft.modelCode()));
		}
		else if (draft.modelCode() != null) {
			errors.reject("modelCode", "only a trim belongs to a model");
		}
		CatalogItem item = checked(errors, draft, code, kind, modelCode, 0);
		if (this.items.exists(item.code())) {
			throw ProblemException.duplicate("code", item.code());
		}
		this.items.insert(item);
		this.audit.recordChange(AuditAction.CREATE, ITEM, item.code(), describe(item));
		return item;
	}

	@PreAuthorize("hasAuthority('PERM_CATALOG_WRITE')")
	public CatalogItem updateItem(String code, long expectedVersion, ItemDraft draft) {
		CatalogItem current = item(code);
		FieldErrors errors = new FieldErrors();
		CatalogItem changed = checked(errors, draft, current.code(), current.kind(), current.modelCode(),
				expectedVersion + 1);
		this.items.update(changed, expectedVersion);
		this.audit.recordChange(AuditAction.UPDATE, ITEM, changed.code(), describe(changed));
		return changed;
	}

	/**
	 * Adds a row to an item's price history.
	 * @throws ProblemException 400 for a day before today, an amount that is not yuan
	 * with at most two decimals, or a dealer price above the MSRP; 409 when the item
	 * already has a price starting that day
	 */
	@PreAuthorize("hasAuthority('PERM_CATALOG_WRITE')")
	public Price addPrice(String code, @Nullable LocalDate validFrom, @Nullable LocalDate validUntil,
			@Nullable BigDecimal msrp, @Nullable BigDecimal dealerPrice) {
		CatalogItem item = item(code);
		FieldErrors errors = new FieldErrors();
		if (item.kind() == ChoiceKind.MODEL) {
			errors.reject("itemCode", "a model is priced through its trims");
		}
		LocalDate today = today();
		if (validFrom == null) {
			errors.reject("validFrom", "is required");
		}
		else if (validFrom.isBefore(today)) {
			errors.reject("validFrom", "must be today (" + today + ") or later: price history is never rewritten");
		}
		if (validUntil != null && validFrom != null && validUntil.isBefore(validFrom)) {
			errors.reject("validUntil", "must not be before validFrom");
		}
		BigDecimal retail = errors.attempt("msrp", () -> amount(msrp));
		BigDecimal dealer = errors.attempt("dealerPrice", () -> amount(dealerPrice));
		if (retail != null && dealer != null && dealer.compareTo(retail) > 0) {
			errors.reject("dealerPrice", "must not be above the MSRP");
		}
		errors.throwIfAny();
		boolean taken = this.prices.history(item.code()).stream().anyMatch(p -> p.validFrom().equals(validFrom));
		if (taken) {
			throw ProblemException.duplicate("validFrom", validFrom);
		}
		Price price = new Price(0, item.code(), validFrom, validUntil, retail.setScale(2), dealer.setScale(2),
				this.clock.instant(), actor());
		long id = this.prices.insert(price);
		this.audit.recordChange(AuditAction.CREATE, PRICE, id, item.code() + " from " + validFrom
				+ (validUntil == null ? "" : " until " + validUntil) + " MSRP " + retail + " dealer " + dealer);
		return new Price(id, price.itemCode(), validFrom, validUntil, price.msrp(), price.dealerPrice(),
				price.createdAt(), price.createdBy());
	}

	/**
	 * Adds a rule between two items.
	 * @throws ProblemException 400 when the items cannot be related that way, 409 when
	 * the rule exists already
	 */
	@PreAuthorize("hasAuthority('PERM_CATALOG_WRITE')")
	public CatalogRule addRule(@Nullable String type, @Nullable String subjectCode, @Nullable String objectCode) {
		FieldErrors errors = new FieldErrors();
		RuleType ruleType = errors.attempt("type", () -> ruleType(type));
		CatalogItem subject = errors.attempt("subjectCode", () -> existing(subjectCode));
		CatalogItem object = errors.attempt("objectCode", () -> existing(objectCode));
		if (subject != null && object != null && subject.code().equals(object.code())) {
			errors.reject("objectCode", "must differ from the subject");
		}
		else if (ruleType != null && subject != null && object != null) {
			RuleKinds.check(ruleType, subject, object, errors);
		}
		errors.throwIfAny();
		boolean exists = this.rules.findAll()
			.stream()
			.anyMatch(r -> r.type() == ruleType
					&& ((r.subjectCode().equals(subject.code()) && r.objectCode().equals(object.code()))
							|| (ruleType == RuleType.EXCLUDES && r.subjectCode().equals(object.code())
									&& r.objectCode().equals(subject.code()))));
		if (exists) {
			throw ProblemException
				.conflict("The rule " + ruleType + " " + subject.code() + " " + object.code() + " exists already");
		}
		CatalogRule rule = new CatalogRule(0, ruleType, subject.code(), object.code(), this.clock.instant(), actor());
		long id = this.rules.insert(rule);
		this.audit.recordChange(AuditAction.CREATE, RULE, id, ruleType + " " + subject.code() + " " + object.code());
		return new CatalogRule(id, ruleType, rule.subjectCode(), rule.objectCode(), rule.createdAt(), rule.createdBy());
	}

	@PreAuthorize("hasAuthority('PERM_CATALOG_WRITE')")
	public void removeRule(long id) {
		CatalogRule rule = rule(id);
		this.rules.delete(id);
		this.audit.recordChange(AuditAction.DELETE, RULE, id,
				rule.type() + " " + rule.subjectCode() + " " + rule.objectCode());
	}

	private CatalogItem checked(FieldErrors errors, ItemDraft draft, @Nullable String code, @Nullable ChoiceKind kind,
			@Nullable String modelCode, long version) {
		String nameZh = errors.attempt("nameZh", () -> name(draft.nameZh()));
		String nameEn = errors.attempt("nameEn", () -> name(draft.nameEn()));
		Powertrain powertrain = null;
		String bodyType = null;
		String colourHex = null;
		if (kind == ChoiceKind.MODEL) {
			powertrain = errors.attempt("powertrain", () -> powertrain(draft.powertrain()));
			bodyType = errors.attempt("bodyType", () -> bodyType(draft.bodyType()));
		}
		else if (draft.powertrain() != null || draft.bodyType() != null) {
			errors.reject(draft.powertrain() != null ? "powertrain" : "bodyType", "only a model has one");
		}
		if (kind != null && kind.colour()) {
			colourHex = errors.attempt("colourHex", () -> colourHex(draft.colourHex()));
		}
		else if (draft.colourHex() != null) {
			errors.reject("colourHex", "only a colour has one");
		}
		if (draft.sortOrder() < 0 || draft.sortOrder() > 10_000) {
			errors.reject("sortOrder", "must be between 0 and 10000");
		}
		errors.throwIfAny();
		return new CatalogItem(code, kind, modelCode, nameZh, nameEn, powertrain, bodyType, colourHex, draft.active(),
				draft.sortOrder(), version, this.clock.instant());
	}

	private static String code(@Nullable String code) {
		if (code == null || code.isBlank()) {
			throw new IllegalArgumentException("is required");
		}
		String normal = code.strip().toUpperCase(Locale.ROOT);
		if (!CatalogItem.CODE.matcher(normal).matches()) {
			throw new IllegalArgumentException("must be 1 to 40 of A-Z, 0-9 and '-'");
		}
		return normal;
	}

	private static ChoiceKind kind(@Nullable String kind) {
		return parse(ChoiceKind.class, kind);
	}

	private static RuleType ruleType(@Nullable String type) {
		return parse(RuleType.class, type);
	}

	private static Powertrain powertrain(@Nullable String powertrain) {
		return parse(Powertrain.class, powertrain);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("is required");
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("must be one of " + Arrays.toString(type.getEnumConstants()));
		}
	}

	private String modelOf(@Nullable String modelCode) {
		CatalogItem model = existing(modelCode);
		if (model.kind() != ChoiceKind.MODEL) {
			throw new IllegalArgumentException(model.code() + " is a " + model.kind() + ", not a MODEL");
		}
		return model.code();
	}

	private CatalogItem existing(@Nullable String code) {
		String normal = code(code);
		return this.items.find(normal)
			.orElseThrow(() -> new IllegalArgumentException("the catalog has no item " + normal));
	}

	private static String name(@Nullable String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("is required");
		}
		if (name.strip().length() > 100) {
			throw new IllegalArgumentException("at most 100 characters");
		}
		return name.strip();
	}

	private static String bodyType(@Nullable String bodyType) {
		if (bodyType == null || !bodyType.strip().matches("[A-Za-z]{2,20}")) {
			throw new IllegalArgumentException("2 to 20 letters, e.g. SUV, SEDAN, MPV");
		}
		return bodyType.strip().toUpperCase(Locale.ROOT);
	}

	private static @Nullable String colourHex(@Nullable String hex) {
		if (hex == null || hex.isBlank()) {
			return null;
		}
		if (!CatalogItem.COLOUR_HEX.matcher(hex.strip()).matches()) {
			throw new IllegalArgumentException("must be #RRGGBB");
		}
		return hex.strip().toUpperCase(Locale.ROOT);
	}

	private static BigDecimal amount(@Nullable BigDecimal amount) {
		if (amount == null) {
			throw new IllegalArgumentException("is required");
		}
		if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0) {
			throw new IllegalArgumentException("must be between 0 and " + MAX_AMOUNT.toPlainString());
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException("yuan with at most two decimals");
		}
		return amount;
	}

	private static String actor() {
		return CurrentAccess.principal().map(ForecourtPrincipal::name).orElse(ForecourtPrincipal.SYSTEM.name());
	}

	private static String describe(CatalogItem item) {
		return item.kind() + " " + item.nameZh() + " / " + item.nameEn() + (item.active() ? "" : " (inactive)");
	}

}
