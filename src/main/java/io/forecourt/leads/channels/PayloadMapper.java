package io.forecourt.leads.channels;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;

import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.leads.capture.CaptureRequest;
import io.forecourt.leads.grading.PurchaseTimeframe;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Turns a channel's payload into a capture request through the channel's
 * {@link FieldMapping}. Every field that cannot be mapped is named in one validation
 * problem, with where in the payload it was looked for.
 */
@Component
class PayloadMapper {

	private final JsonMapper json;

	private final Validator validator;

	PayloadMapper(JsonMapper json, Validator validator) {
		this.json = json;
		this.validator = validator;
	}

	/**
	 * @param body the payload exactly as received, kept as the lead's raw payload
	 * @throws ProblemException 400: not JSON, or fields that cannot be mapped
	 */
	CaptureRequest map(LeadChannel channel, String body) {
		JsonNode payload = parse(body);
		FieldErrors errors = new FieldErrors();
		Map<CaptureField, Object> values = new EnumMap<>(CaptureField.class);
		channel.mapping().rules().forEach((field, rule) -> {
			Object value = errors.attempt(field.fieldName(), () -> value(payload, field, rule));
			if (value != null) {
				values.put(field, value);
			}
		});
		FieldRule phone = channel.mapping().rules().get(CaptureField.PHONE);
		if (!values.containsKey(CaptureField.PHONE) && !errors.hasErrors()) {
			errors.reject("phone", "no value at " + (phone == null ? "(unmapped)" : phone.path())
					+ "; every lead needs the person's phone");
		}
		errors.throwIfAny();
		CaptureRequest request = request(channel.code(), values, body);
		validator.validate(request)
			.stream()
			.sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
			.forEach(violation -> {
				String field = violation.getPropertyPath().toString();
				errors.reject(field, violation.getMessage() + from(channel, field));
			});
		errors.throwIfAny();
		return request;
	}

	private JsonNode parse(String body) {
		try {
			JsonNode payload = this.json.readTree(body);
			if (payload != null && payload.isContainer()) {
				return payload;
			}
		}
		catch (JacksonException ex) {
			// answered below
		}
		throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body must be a JSON object or array");
	}

	/** The typed value of one field, or null when the payload has none and no default. */
	private static @Nullable Object value(JsonNode payload, CaptureField field, FieldRule rule) {
		String text = rule.constant() != null ? rule.constant() : rule.translate(found(payload, rule.path()));
		if (text == null) {
			return null;
		}
		try {
			return field.convert(text);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					ex.getMessage() + (rule.path() == null ? "" : " (mapped from " + rule.path() + ")"));
		}
	}

	/** The scalar at the path as text; null when it is missing, null or blank. */
	static @Nullable String found(JsonNode payload, @Nullable String path) {
		if (path == null) {
			return null;
		}
		JsonNode node = payload.at(path);
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		if (node.isContainer()) {
			throw new IllegalArgumentException("an object or array at " + path + ", not a value");
		}
		String text;
		if (node.isIntegralNumber()) {
			text = node.bigIntegerValue().toString();
		}
		else if (node.isNumber()) {
			text = node.decimalValue().stripTrailingZeros().toPlainString();
		}
		else {
			text = node.asString();
		}
		text = text.strip();
		return text.isEmpty() ? null : text;
	}

	private static String from(LeadChannel channel, String fieldName) {
		return CaptureField.named(fieldName)
			.map(field -> channel.mapping().rules().get(field))
			.map(rule -> rule.path() != null ? " (mapped from " + rule.path() + ")" : " (a constant of the channel)")
			.orElse("");
	}

	private static CaptureRequest request(String channel, Map<CaptureField, Object> values, String body) {
		return new CaptureRequest(channel, text(values, CaptureField.BRAND), text(values, CaptureField.CAMPAIGN),
				text(values, CaptureField.UTM_SOURCE), text(values, CaptureField.UTM_MEDIUM),
				text(values, CaptureField.UTM_CAMPAIGN), text(values, CaptureField.UTM_CONTENT),
				text(values, CaptureField.UTM_TERM), text(values, CaptureField.NAME),
				String.valueOf(values.get(CaptureField.PHONE)), text(values, CaptureField.EMAIL),
				text(values, CaptureField.WECHAT_UNION_ID), text(values, CaptureField.MODEL_OF_INTEREST),
				text(values, CaptureField.CITY_CODE), (PurchaseTimeframe) values.get(CaptureField.PURCHASE_TIMEFRAME),
				Boolean.TRUE.equals(values.get(CaptureField.TEST_DRIVE_REQUESTED)),
				(BigDecimal) values.get(CaptureField.BUDGET),
				Boolean.TRUE.equals(values.get(CaptureField.CONSENT_MARKETING)), body);
	}

	private static @Nullable String text(Map<CaptureField, Object> values, CaptureField field) {
		Object value = values.get(field);
		return value == null ? null : value.toString();
	}

}
