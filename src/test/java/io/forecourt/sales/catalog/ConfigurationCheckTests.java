package io.forecourt.sales.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.forecourt.sales.Powertrain;
import io.forecourt.sales.PriceLine;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The configurator's rules on their own, over a small catalog built here: each rule type
 * satisfied and broken, several at once, inclusion, and missing prices.
 */
class ConfigurationCheckTests {

	private static final LocalDate DAY = LocalDate.of(2026, 10, 1);

	private final Map<String, CatalogItem> items = new HashMap<>();

	private final Map<String, Price> prices = new HashMap<>();

	private final List<CatalogRule> rules = new ArrayList<>();

	ConfigurationCheckTests() {
		item("CAR", ChoiceKind.MODEL, null, null);
		item("OTHER", ChoiceKind.MODEL, null, null);
		item("BASE", ChoiceKind.TRIM, "CAR", "100000");
		item("TOP", ChoiceKind.TRIM, "CAR", "150000");
		item("OTHER-BASE", ChoiceKind.TRIM, "OTHER", "90000");
		item("WHITE", ChoiceKind.EXTERIOR_COLOUR, null, "0");
		item("RED", ChoiceKind.EXTERIOR_COLOUR, null, "5000");
		item("BLACK", ChoiceKind.INTERIOR_COLOUR, null, "0");
		item("TAN", ChoiceKind.INTERIOR_COLOUR, null, "2000");
		item("PKG-A", ChoiceKind.PACKAGE, null, "10000");
		item("PKG-B", ChoiceKind.PACKAGE, null, "3000");
		item("PKG-C", ChoiceKind.PACKAGE, null, "1000");
		item("ACC-X", ChoiceKind.ACCESSORY, null, "500");
		item("ACC-UNPRICED", ChoiceKind.ACCESSORY, null, null);
	}

	private void item(String code, ChoiceKind kind, String model, String msrp) {
		this.items.put(code, new CatalogItem(code, kind, kind == ChoiceKind.TRIM ? model : null, code + "中",
				code + " en", kind == ChoiceKind.MODEL ? Powertrain.BEV : null, null, null, true, 0, 0, Instant.EPOCH));
		if (msrp != null) {
			BigDecimal amount = new BigDecimal(msrp);
			this.prices.put(code, new Price(0, code, DAY.minusYears(1), null, amount,
					amount.multiply(new BigDecimal("0.9")), Instant.EPOCH, "test"));
		}
	}

	private void rule(RuleType type, String subject, String object) {
		this.rules.add(new CatalogRule(this.rules.size() + 1, type, subject, object, Instant.EPOCH, "test"));
	}

	private ConfigurationCheck.Result check(String trim, String exterior, String interior, List<String> packages,
			List<String> accessories) {
		CatalogSnapshot catalog = new CatalogSnapshot(this.items, this.rules, this.prices, DAY);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/sales-catalog");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		Choices choices = new Choices(this.items.get("CAR"), this.items.get(trim), this.items.get(exterior),
				this.items.get(interior), packages.stream().map(this.items::get).toList(),
				accessories.stream().map(this.items::get).toList());
		return new ConfigurationCheck(catalog, messages, Locale.ENGLISH).check(choices);
	}

	private static BigDecimal msrp(ConfigurationCheck.Result result) {
		return result.lines().stream().map(PriceLine::msrp).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	@Test
	void requiresIsSatisfiedByChoosingOrIncludingTheObjectAndBrokenWithout() {
		rule(RuleType.REQUIRES, "PKG-A", "TAN");
		assertThat(check("BASE", "WHITE", "TAN", List.of("PKG-A"), List.of()).valid()).isTrue();
		ConfigurationCheck.Result broken = check("BASE", "WHITE", "BLACK", List.of("PKG-A"), List.of());
		assertThat(broken.violations()).extracting(Violation::rule, Violation::choices, Violation::message)
			.containsExactly(
					tuple(ViolationType.REQUIRES, List.of("PKG-A", "TAN"), "PKG-A en (PKG-A) requires TAN en (TAN)."));
		assertThat(broken.lines()).isEmpty();
		rule(RuleType.REQUIRES, "PKG-B", "PKG-C");
		rule(RuleType.INCLUDES, "TOP", "PKG-C");
		assertThat(check("TOP", "WHITE", "BLACK", List.of("PKG-B"), List.of()).valid()).isTrue();
	}

	@Test
	void excludesIsBrokenOnlyWhenBothAreChosen() {
		rule(RuleType.EXCLUDES, "RED", "TAN");
		assertThat(check("BASE", "RED", "BLACK", List.of(), List.of()).valid()).isTrue();
		assertThat(check("BASE", "RED", "TAN", List.of(), List.of()).violations()).extracting(Violation::rule)
			.containsExactly(ViolationType.EXCLUDES);
	}

	@Test
	void onlyWithTrimAcceptsAnyListedTrimOrModel() {
		rule(RuleType.ONLY_WITH_TRIM, "PKG-A", "TOP");
		rule(RuleType.ONLY_WITH_TRIM, "ACC-X", "CAR");
		assertThat(check("TOP", "WHITE", "BLACK", List.of("PKG-A"), List.of("ACC-X")).valid()).isTrue();
		ConfigurationCheck.Result broken = check("BASE", "WHITE", "BLACK", List.of("PKG-A"), List.of("ACC-X"));
		assertThat(broken.violations()).extracting(Violation::rule, Violation::choices)
			.containsExactly(tuple(ViolationType.ONLY_WITH_TRIM, List.of("PKG-A", "BASE")));
		assertThat(broken.violations().get(0).message())
			.isEqualTo("PKG-A en (PKG-A) is only available with TOP en (TOP), not with BASE en (BASE).");
	}

	@Test
	void includedItemsArePricedZeroTransitivelyAndNamedWithTheirIncluder() {
		rule(RuleType.INCLUDES, "TOP", "PKG-A");
		rule(RuleType.INCLUDES, "PKG-A", "PKG-B");
		rule(RuleType.INCLUDES, "TOP", "RED");
		ConfigurationCheck.Result result = check("TOP", "RED", "BLACK", List.of("PKG-A"), List.of("ACC-X"));
		assertThat(result.valid()).isTrue();
		assertThat(result.lines()).extracting(PriceLine::code, PriceLine::includedIn)
			.containsExactly(tuple("TOP", null), tuple("RED", "TOP"), tuple("BLACK", null), tuple("PKG-A", "TOP"),
					tuple("PKG-B", "PKG-A"), tuple("ACC-X", null));
		assertThat(msrp(result)).isEqualByComparingTo("150500");
		// an included colour is only free when chosen; it is not added otherwise
		assertThat(check("TOP", "WHITE", "BLACK", List.of(), List.of()).lines()).extracting(PriceLine::code)
			.doesNotContain("RED");
	}

	@Test
	void includedItemsObeyTheOtherRules() {
		rule(RuleType.INCLUDES, "TOP", "PKG-A");
		rule(RuleType.EXCLUDES, "PKG-A", "ACC-X");
		assertThat(check("TOP", "WHITE", "BLACK", List.of(), List.of("ACC-X")).violations()).extracting(Violation::rule)
			.containsExactly(ViolationType.EXCLUDES);
	}

	@Test
	void everyViolationIsReportedAtOnce() {
		rule(RuleType.REQUIRES, "PKG-A", "TAN");
		rule(RuleType.EXCLUDES, "RED", "PKG-B");
		rule(RuleType.ONLY_WITH_TRIM, "PKG-C", "TOP");
		ConfigurationCheck.Result result = check("BASE", "RED", "BLACK", List.of("PKG-A", "PKG-B", "PKG-C"),
				List.of("ACC-UNPRICED"));
		assertThat(result.violations()).extracting(Violation::rule)
			.containsExactlyInAnyOrder(ViolationType.REQUIRES, ViolationType.EXCLUDES, ViolationType.ONLY_WITH_TRIM,
					ViolationType.NO_PRICE);
		assertThat(result.violations()).filteredOn(v -> v.rule() == ViolationType.NO_PRICE)
			.extracting(Violation::message)
			.containsExactly("ACC-UNPRICED en (ACC-UNPRICED) has no price valid on 2026-10-01.");
	}

	@Test
	void aTrimOfAnotherModelAndADiscontinuedChoiceAreRefused() {
		CatalogItem pkg = this.items.get("PKG-B");
		this.items.put("PKG-B", new CatalogItem(pkg.code(), pkg.kind(), null, pkg.nameZh(), pkg.nameEn(), null, null,
				null, false, 0, 1, Instant.EPOCH));
		assertThat(check("OTHER-BASE", "WHITE", "BLACK", List.of("PKG-B"), List.of()).violations())
			.extracting(Violation::rule)
			.containsExactlyInAnyOrder(ViolationType.TRIM_OF_OTHER_MODEL, ViolationType.DISCONTINUED);
	}

}
