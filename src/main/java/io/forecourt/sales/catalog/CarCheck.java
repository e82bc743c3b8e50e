package io.forecourt.sales.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.forecourt.kernel.web.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * Checks a real car described by its catalog codes (a stock vehicle, a test-drive car)
 * against the catalog: the model exists, the trim is that model's, and each colour exists
 * and is offered with that model and trim (its {@link RuleType#ONLY_WITH_TRIM
 * ONLY_WITH_TRIM}, {@link RuleType#EXCLUDES EXCLUDES} and {@link RuleType#REQUIRES
 * REQUIRES} rules between the car's own items; the exterior and interior must not exclude
 * each other). Packages and accessories are not part of the description, so rules about
 * them are not applied. Discontinued items pass: a car built before they were dropped is
 * still real.
 * <p>
 * One check holds the catalog as it was when {@link VehicleCatalog#carCheck()} made it,
 * so a batch of cars is checked against one catalog with two reads.
 */
public final class CarCheck {

	private final Map<String, CatalogItem> items;

	private final List<CatalogRule> rules;

	CarCheck(List<CatalogItem> items, List<CatalogRule> rules) {
		this.items = items.stream().collect(Collectors.toMap(CatalogItem::code, Function.identity()));
		this.rules = List.copyOf(rules);
	}

	/**
	 * Records what is wrong with the car under {@code prefix} + the field's name
	 * ({@code modelCode}, {@code trimCode}, {@code exteriorColourCode},
	 * {@code interiorColourCode}); records nothing for a car the catalog offers.
	 * @param exteriorColourCode null when the car is described without colours (a
	 * test-drive car)
	 */
	public void check(FieldErrors errors, String prefix, String modelCode, String trimCode,
			@Nullable String exteriorColourCode, @Nullable String interiorColourCode) {
		CatalogItem model = item(modelCode, ChoiceKind.MODEL);
		if (model == null) {
			errors.reject(prefix + "modelCode", "'" + normal(modelCode) + "' is no model of the catalog");
		}
		CatalogItem trim = item(trimCode, ChoiceKind.TRIM);
		if (trim == null) {
			errors.reject(prefix + "trimCode", "'" + normal(trimCode) + "' is no trim of the catalog");
		}
		else if (model != null && !model.code().equals(trim.modelCode())) {
			errors.reject(prefix + "trimCode",
					"'" + trim.code() + "' is a trim of " + trim.modelCode() + ", not of " + model.code());
			trim = null;
		}
		CatalogItem exterior = colour(errors, prefix + "exteriorColourCode", exteriorColourCode,
				ChoiceKind.EXTERIOR_COLOUR, "exterior colour");
		CatalogItem interior = colour(errors, prefix + "interiorColourCode", interiorColourCode,
				ChoiceKind.INTERIOR_COLOUR, "interior colour");
		if (model != null && trim != null) {
			Set<String> car = Set.of(model.code(), trim.code());
			if (exterior != null && !offered(exterior, car)) {
				errors.reject(prefix + "exteriorColourCode",
						"'" + exterior.code() + "' is not offered with " + model.code() + " " + trim.code());
			}
			if (interior != null && !offered(interior, car)) {
				errors.reject(prefix + "interiorColourCode",
						"'" + interior.code() + "' is not offered with " + model.code() + " " + trim.code());
			}
		}
		if (exterior != null && interior != null && excludes(exterior.code(), interior.code())) {
			errors.reject(prefix + "interiorColourCode",
					"'" + interior.code() + "' does not go with the exterior colour " + exterior.code());
		}
	}

	private @Nullable CatalogItem colour(FieldErrors errors, String field, @Nullable String code, ChoiceKind kind,
			String what) {
		if (code == null) {
			return null;
		}
		CatalogItem colour = item(code, kind);
		if (colour == null) {
			errors.reject(field, "'" + normal(code) + "' is no " + what + " of the catalog");
		}
		return colour;
	}

	/** Whether the catalog's rules let the colour go with this model and trim. */
	private boolean offered(CatalogItem colour, Set<String> car) {
		List<CatalogRule> onlyWith = this.rules.stream()
			.filter(r -> r.type() == RuleType.ONLY_WITH_TRIM && r.subjectCode().equals(colour.code()))
			.toList();
		if (!onlyWith.isEmpty() && onlyWith.stream().noneMatch(r -> car.contains(r.objectCode()))) {
			return false;
		}
		for (String item : car) {
			if (excludes(colour.code(), item)) {
				return false;
			}
		}
		for (CatalogRule rule : this.rules) {
			if (rule.type() != RuleType.REQUIRES) {
				continue;
			}
			CatalogItem object = this.items.get(rule.objectCode());
			if (object == null) {
				continue;
			}
			// the colour needs another model or trim, or the model or trim another colour
			boolean colourNeedsOtherCar = rule.subjectCode().equals(colour.code())
					&& (object.kind() == ChoiceKind.MODEL || object.kind() == ChoiceKind.TRIM)
					&& !car.contains(object.code());
			boolean carNeedsOtherColour = car.contains(rule.subjectCode()) && object.kind() == colour.kind()
					&& !object.code().equals(colour.code());
			if (colourNeedsOtherCar || carNeedsOtherColour) {
				return false;
			}
		}
		return true;
	}

	private boolean excludes(String one, String other) {
		return this.rules.stream()
			.anyMatch(r -> r.type() == RuleType.EXCLUDES && (r.subjectCode().equals(one) && r.objectCode().equals(other)
					|| r.subjectCode().equals(other) && r.objectCode().equals(one)));
	}

	private @Nullable CatalogItem item(String code, ChoiceKind kind) {
		CatalogItem item = this.items.get(normal(code));
		return item != null && item.kind() == kind ? item : null;
	}

	private static String normal(String code) {
		return code.strip().toUpperCase(Locale.ROOT);
	}

}
