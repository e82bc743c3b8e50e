package io.forecourt.sales.catalog;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.forecourt.sales.PriceLine;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * Checks chosen items against the catalog's rules and prices them: the configurator's
 * rules in one place, free of storage so they can be tested on their own. Every violation
 * is collected, so a buyer learns everything to fix at once.
 *
 * <p>
 * Inclusion comes first: the trim and every chosen or included package bring what they
 * include (transitively), which then counts as chosen for every other rule and is priced
 * zero, with the including item named on its line. A colour that a trim includes is only
 * free when it is the chosen colour.
 */
final class ConfigurationCheck {

	private static final Comparator<CatalogItem> LINE_ORDER = Comparator.comparing(CatalogItem::kind);

	private final CatalogSnapshot catalog;

	private final MessageSource messages;

	private final Locale locale;

	ConfigurationCheck(CatalogSnapshot catalog, MessageSource messages, Locale locale) {
		this.catalog = catalog;
		this.messages = messages;
		this.locale = locale;
	}

	/**
	 * The violations (empty when the choices are valid) and, if there are none, the
	 * lines.
	 */
	Result check(Choices choices) {
		List<Violation> violations = new ArrayList<>();
		if (!choices.model().code().equals(choices.trim().modelCode())) {
			CatalogItem owner = this.catalog.require(choices.trim().modelCode());
			violations.add(violation(ViolationType.TRIM_OF_OTHER_MODEL, null,
					List.of(choices.trim().code(), choices.model().code()), label(choices.trim()), label(owner),
					label(choices.model())));
		}
		List<CatalogItem> chosen = new ArrayList<>(choices.chosen());
		chosen.add(0, choices.model());
		chosen.stream()
			.filter(item -> !item.active())
			.forEach(item -> violations
				.add(violation(ViolationType.DISCONTINUED, null, List.of(item.code()), label(item))));
		Map<String, String> includedBy = new LinkedHashMap<>();
		Set<String> effective = effectiveChoices(chosen, includedBy);
		checkRules(choices, effective, violations);
		List<PriceLine> lines = price(choices, includedBy, violations);
		return new Result(violations, violations.isEmpty() ? lines : List.of());
	}

	/**
	 * The chosen items' codes plus what they include, recording each included item's
	 * includer (the trim wins, as it comes first).
	 */
	private Set<String> effectiveChoices(List<CatalogItem> chosen, Map<String, String> includedBy) {
		Set<String> effective = new LinkedHashSet<>();
		chosen.forEach(item -> effective.add(item.code()));
		Deque<String> work = new ArrayDeque<>(effective);
		while (!work.isEmpty()) {
			String includer = work.poll();
			for (CatalogRule rule : this.catalog.rules()) {
				if (rule.type() != RuleType.INCLUDES || !rule.subjectCode().equals(includer)
						|| includedBy.containsKey(rule.objectCode())) {
					continue;
				}
				CatalogItem included = this.catalog.require(rule.objectCode());
				if (included.kind().colour()) {
					if (effective.contains(included.code())) {
						includedBy.put(included.code(), includer);
					}
				}
				else if (included.kind() == ChoiceKind.PACKAGE || included.kind() == ChoiceKind.ACCESSORY) {
					includedBy.put(included.code(), includer);
					if (effective.add(included.code())) {
						work.add(included.code());
					}
				}
			}
		}
		return effective;
	}

	private void checkRules(Choices choices, Set<String> effective, List<Violation> violations) {
		Map<String, List<CatalogRule>> onlyWith = new LinkedHashMap<>();
		for (CatalogRule rule : this.catalog.rules()) {
			if (!effective.contains(rule.subjectCode())) {
				continue;
			}
			switch (rule.type()) {
				case REQUIRES -> {
					if (!effective.contains(rule.objectCode())) {
						violations.add(violation(ViolationType.REQUIRES, rule.id(),
								List.of(rule.subjectCode(), rule.objectCode()), label(rule.subjectCode()),
								label(rule.objectCode())));
					}
				}
				case EXCLUDES -> {
					if (effective.contains(rule.objectCode())) {
						violations.add(violation(ViolationType.EXCLUDES, rule.id(),
								List.of(rule.subjectCode(), rule.objectCode()), label(rule.subjectCode()),
								label(rule.objectCode())));
					}
				}
				case ONLY_WITH_TRIM ->
					onlyWith.computeIfAbsent(rule.subjectCode(), code -> new ArrayList<>()).add(rule);
				case INCLUDES -> {
					// applied before the rules are checked
				}
			}
		}
		String trim = choices.trim().code();
		String model = choices.model().code();
		onlyWith.forEach((subject, rules) -> {
			boolean allowed = rules.stream().anyMatch(r -> r.objectCode().equals(trim) || r.objectCode().equals(model));
			if (!allowed) {
				String alternatives = rules.stream()
					.map(r -> label(r.objectCode()))
					.collect(Collectors.joining(listSeparator()));
				violations.add(violation(ViolationType.ONLY_WITH_TRIM, rules.get(0).id(), List.of(subject, trim),
						label(subject), alternatives, label(choices.trim())));
			}
		});
	}

	private List<PriceLine> price(Choices choices, Map<String, String> includedBy, List<Violation> violations) {
		List<CatalogItem> items = new ArrayList<>(choices.chosen());
		Set<String> codes = items.stream().map(CatalogItem::code).collect(Collectors.toSet());
		includedBy.keySet()
			.stream()
			.filter(code -> !codes.contains(code))
			.map(this.catalog::require)
			.forEach(items::add);
		items.sort(LINE_ORDER);
		List<PriceLine> lines = new ArrayList<>();
		for (CatalogItem item : items) {
			String includer = includedBy.get(item.code());
			if (includer != null) {
				lines.add(new PriceLine(item.kind().lineKind(), item.code(), item.nameZh(), item.nameEn(),
						BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), includer));
				continue;
			}
			Price price = this.catalog.prices().get(item.code());
			if (price == null) {
				violations.add(violation(ViolationType.NO_PRICE, null, List.of(item.code()), label(item),
						this.catalog.day().toString()));
				continue;
			}
			lines.add(new PriceLine(item.kind().lineKind(), item.code(), item.nameZh(), item.nameEn(),
					price.msrp().setScale(2), price.dealerPrice().setScale(2), null));
		}
		return lines;
	}

	private String listSeparator() {
		return "zh".equals(this.locale.getLanguage()) ? "、" : ", ";
	}

	private String label(String code) {
		return label(this.catalog.require(code));
	}

	private String label(CatalogItem item) {
		return item.label(this.locale);
	}

	private Violation violation(ViolationType type, @Nullable Long ruleId, List<String> choices, Object... args) {
		String message = this.messages.getMessage("sales-catalog.violation." + type.name(), args, this.locale);
		return new Violation(type, ruleId, choices, message);
	}

	/** The outcome of one check. */
	record Result(List<Violation> violations, List<PriceLine> lines) {

		boolean valid() {
			return this.violations.isEmpty();
		}

	}

}
