package io.forecourt.leads.channels;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.ProblemException.FieldProblem;
import io.forecourt.leads.grading.PurchaseTimeframe;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Value maps, defaults and the checks that keep a mapping from being saved broken. */
class FieldMappingTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final FieldRule timeframe = new FieldRule("/clue/buy_time", null,
			Map.of("1", "WITHIN_7_DAYS", "2", "WITHIN_15_DAYS"), "UNKNOWN");

	@Test
	void aValueMapTranslatesTheChannelsValueIgnoringCaseAndBlanks() {
		FieldRule yes = new FieldRule("/agree", null, Map.of("Yes", "true", "no", "false"), null);

		assertThat(yes.translate(" yes ")).isEqualTo("true");
		assertThat(yes.translate("NO")).isEqualTo("false");
		assertThat(this.timeframe.translate("2")).isEqualTo("WITHIN_15_DAYS");
	}

	@Test
	void theDefaultStandsInForAMissingOrUnknownValue() {
		assertThat(this.timeframe.translate(null)).isEqualTo("UNKNOWN");
		assertThat(this.timeframe.translate("9")).isEqualTo("UNKNOWN");
		assertThat(FieldRule.path("/x").translate(null)).isNull();
	}

	@Test
	void anUnknownValueWithoutADefaultIsRefusedNamingThePath() {
		FieldRule flag = new FieldRule("/clue/test_drive", null, Map.of("1", "true", "0", "false"), null);

		assertThatIllegalArgumentException().isThrownBy(() -> flag.translate("maybe"))
			.withMessageContaining("'maybe'")
			.withMessageContaining("/clue/test_drive");
	}

	@Test
	void numbersAndBooleansInThePayloadAreReadAsTheTextAValueMapMatches() {
		JsonNode payload = JSON.readTree(
				"{\"n\": 2, \"big\": 7301234567890123, \"d\": 2.50, \"b\": true, \"s\": \"  \", \"z\": null, \"o\": {}}");

		assertThat(PayloadMapper.found(payload, "/n")).isEqualTo("2");
		assertThat(PayloadMapper.found(payload, "/big")).isEqualTo("7301234567890123");
		assertThat(PayloadMapper.found(payload, "/d")).isEqualTo("2.5");
		assertThat(PayloadMapper.found(payload, "/b")).isEqualTo("true");
		assertThat(PayloadMapper.found(payload, "/s")).isNull();
		assertThat(PayloadMapper.found(payload, "/z")).isNull();
		assertThat(PayloadMapper.found(payload, "/missing/deeper")).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> PayloadMapper.found(payload, "/o"))
			.withMessageContaining("not a value");
	}

	@Test
	void eachFieldConvertsTheTextItsKindTakes() {
		assertThat(CaptureField.PURCHASE_TIMEFRAME.convert("within_30_days"))
			.isEqualTo(PurchaseTimeframe.WITHIN_30_DAYS);
		assertThat(CaptureField.TEST_DRIVE_REQUESTED.convert("TRUE")).isEqualTo(true);
		assertThat(CaptureField.BUDGET.convert("150000")).isEqualTo(new BigDecimal("150000"));
		assertThat(CaptureField.CITY_CODE.convert("310100")).isEqualTo("310100");
		assertThatIllegalArgumentException().isThrownBy(() -> CaptureField.CITY_CODE.convert("上海"))
			.withMessageContaining("city code");
		assertThatIllegalArgumentException().isThrownBy(() -> CaptureField.BUDGET.convert("-1"));
		assertThatIllegalArgumentException().isThrownBy(() -> CaptureField.TEST_DRIVE_REQUESTED.convert("1"));
	}

	@Test
	void aValidMappingIsBuiltAndKeepsTheFieldOrder() {
		Map<String, FieldRule> raw = new LinkedHashMap<>();
		raw.put("utmSource", new FieldRule(null, "autohome", null, null));
		raw.put("purchaseTimeframe", this.timeframe);
		raw.put("phone", FieldRule.path("/user/mobile"));
		FieldErrors errors = new FieldErrors();

		FieldMapping mapping = FieldMapping.validate(raw, "fieldMapping", errors);

		assertThat(errors.problems()).isEmpty();
		assertThat(mapping).isNotNull();
		assertThat(mapping.byName()).containsOnlyKeys("phone", "purchaseTimeframe", "utmSource");
		assertThat(mapping.byName().keySet()).first().isEqualTo("phone");
	}

	@Test
	void aMappingWithoutAPhonePathOrWithBadPointersIsRefused() {
		Map<String, FieldRule> raw = new LinkedHashMap<>();
		raw.put("phone", new FieldRule(null, "13900000000", null, null));
		raw.put("name", FieldRule.path("user/name"));
		FieldErrors errors = new FieldErrors();

		assertThat(FieldMapping.validate(raw, "m", errors)).isNull();
		assertThat(errors.problems()).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("m.name.path", "m.phone");
		assertThat(FieldMapping.validate(Map.of(), "m", new FieldErrors())).isNull();
	}

}
