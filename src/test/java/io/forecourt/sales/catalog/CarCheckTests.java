package io.forecourt.sales.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.sales.Powertrain;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real car's codes against the catalog: model, its trim, colours that exist and that
 * the catalog's rules offer with the model and trim; every bad field named.
 */
class CarCheckTests {

	private static final Instant AT = Instant.parse("2026-11-22T00:00:00Z");

	private static final List<CatalogItem> ITEMS = List.of(model("E5"), model("S7"), trim("E5-STD", "E5"),
			trim("E5-PERF", "E5"), trim("S7-LUXURY", "S7"), colour("PEARL-WHITE", ChoiceKind.EXTERIOR_COLOUR, true),
			colour("CINNABAR-RED", ChoiceKind.EXTERIOR_COLOUR, true),
			colour("TRACK-YELLOW", ChoiceKind.EXTERIOR_COLOUR, true),
			colour("SAND-GOLD", ChoiceKind.EXTERIOR_COLOUR, true),
			colour("ICE-SILVER", ChoiceKind.EXTERIOR_COLOUR, false),
			colour("INT-BLACK", ChoiceKind.INTERIOR_COLOUR, true),
			colour("INT-BEIGE", ChoiceKind.INTERIOR_COLOUR, true), colour("INT-RED", ChoiceKind.INTERIOR_COLOUR, true));

	private static final List<CatalogRule> RULES = List.of(rule(RuleType.EXCLUDES, "CINNABAR-RED", "INT-BEIGE"),
			// the yellow only for the performance trim, the gold only for S7s
			rule(RuleType.ONLY_WITH_TRIM, "TRACK-YELLOW", "E5-PERF"), rule(RuleType.ONLY_WITH_TRIM, "SAND-GOLD", "S7"),
			// the red interior is not made for the standard trim; the S7 Luxury needs
			// beige
			rule(RuleType.EXCLUDES, "E5-STD", "INT-RED"), rule(RuleType.REQUIRES, "S7-LUXURY", "INT-BEIGE"),
			// rules about packages say nothing about a car described without them
			rule(RuleType.REQUIRES, "PKG-LUXURY", "INT-BEIGE"));

	private final CarCheck check = new CarCheck(ITEMS, RULES);

	private Map<String, String> problems(String model, String trim, @Nullable String exterior,
			@Nullable String interior) {
		FieldErrors errors = new FieldErrors();
		this.check.check(errors, "car.", model, trim, exterior, interior);
		return errors.problems()
			.stream()
			.collect(Collectors.toMap(ProblemException.FieldProblem::field, ProblemException.FieldProblem::message));
	}

	@Test
	void aCarTheCatalogOffersPasses() {
		assertThat(problems("E5", "E5-PERF", "TRACK-YELLOW", "INT-RED")).isEmpty();
		assertThat(problems("s7", "s7-luxury", "SAND-GOLD", "INT-BEIGE")).as("codes in any case").isEmpty();
		assertThat(problems("E5", "E5-STD", "ICE-SILVER", "INT-BLACK")).as("a discontinued colour was real").isEmpty();
		assertThat(problems("E5", "E5-STD", null, null)).as("a car known by model and trim").isEmpty();
	}

	@Test
	void anUnknownModelOrTrimOrATrimOfAnotherModelIsNamed() {
		assertThat(problems("X9", "E5-STD", null, null)).containsOnlyKeys("car.modelCode")
			.containsValue("'X9' is no model of the catalog");
		assertThat(problems("E5", "E5-ULTRA", null, null)).containsOnlyKeys("car.trimCode");
		assertThat(problems("E5", "S7-LUXURY", null, null)).containsEntry("car.trimCode",
				"'S7-LUXURY' is a trim of S7, not of E5");
		assertThat(problems("PEARL-WHITE", "INT-BLACK", null, null)).as("codes of other kinds")
			.containsOnlyKeys("car.modelCode", "car.trimCode");
	}

	@Test
	void aColourThatIsNoneOrOfTheOtherKindIsNamed() {
		assertThat(problems("E5", "E5-STD", "GOLDEN", "INT-BLACK")).containsOnlyKeys("car.exteriorColourCode");
		assertThat(problems("E5", "E5-STD", "INT-BLACK", "PEARL-WHITE")).containsOnlyKeys("car.exteriorColourCode",
				"car.interiorColourCode");
	}

	@Test
	void aColourTheRulesDoNotOfferWithTheModelAndTrimIsNamed() {
		assertThat(problems("E5", "E5-STD", "TRACK-YELLOW", "INT-BLACK")).containsEntry("car.exteriorColourCode",
				"'TRACK-YELLOW' is not offered with E5 E5-STD");
		assertThat(problems("E5", "E5-PERF", "SAND-GOLD", "INT-BLACK")).containsOnlyKeys("car.exteriorColourCode");
		assertThat(problems("E5", "E5-STD", "PEARL-WHITE", "INT-RED")).containsOnlyKeys("car.interiorColourCode");
		assertThat(problems("S7", "S7-LUXURY", "PEARL-WHITE", "INT-BLACK")).as("the trim needs another interior")
			.containsOnlyKeys("car.interiorColourCode");
		assertThat(problems("E5", "E5-PERF", "CINNABAR-RED", "INT-BEIGE")).containsEntry("car.interiorColourCode",
				"'INT-BEIGE' does not go with the exterior colour CINNABAR-RED");
	}

	private static CatalogItem model(String code) {
		return new CatalogItem(code, ChoiceKind.MODEL, null, code, code, Powertrain.BEV, "SUV", null, true, 0, 0, AT);
	}

	private static CatalogItem trim(String code, String model) {
		return new CatalogItem(code, ChoiceKind.TRIM, model, code, code, null, null, null, true, 0, 0, AT);
	}

	private static CatalogItem colour(String code, ChoiceKind kind, boolean active) {
		return new CatalogItem(code, kind, null, code, code, null, null, "#FFFFFF", active, 0, 0, AT);
	}

	private static CatalogRule rule(RuleType type, String subject, String object) {
		return new CatalogRule(0, type, subject, object, AT, "test");
	}

}
