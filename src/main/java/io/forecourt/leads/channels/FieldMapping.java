package io.forecourt.leads.channels;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.forecourt.kernel.web.FieldErrors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonPointer;

/**
 * How a channel's payload becomes a lead: one {@link FieldRule} per lead field. Only
 * mappings that can work are built: the phone has a path, every path is a JSON Pointer,
 * and every constant, default and value-map target is a valid value of its field, so a
 * delivery can fail only on what the channel sent.
 */
public record FieldMapping(Map<CaptureField, FieldRule> rules) {

	static final int MAX_PATH = 200;

	static final int MAX_TEXT = 200;

	static final int MAX_VALUES = 200;

	public FieldMapping {
		// in the order of the fields, so problems and the stored JSON come out in it
		EnumMap<CaptureField, FieldRule> ordered = new EnumMap<>(CaptureField.class);
		ordered.putAll(rules);
		rules = Collections.unmodifiableMap(ordered);
	}

	/**
	 * Validates a mapping as HQ writes it, keyed by lead field name.
	 * @param prefix the request field the errors are named under, e.g.
	 * {@code fieldMapping}
	 * @return the mapping, or {@code null} after recording every problem in errors
	 */
	static @Nullable FieldMapping validate(@Nullable Map<String, @Nullable FieldRule> raw, String prefix,
			FieldErrors errors) {
		if (raw == null || raw.isEmpty()) {
			errors.reject(prefix, "is required: at least the phone's path");
			return null;
		}
		int before = errors.problems().size();
		Map<CaptureField, FieldRule> rules = new EnumMap<>(CaptureField.class);
		raw.forEach((name, rule) -> {
			String at = prefix + "." + name;
			CaptureField field = CaptureField.named(name).orElse(null);
			if (field == null) {
				errors.reject(at, "is not a lead field; one of " + CaptureField.names());
			}
			else if (rule == null) {
				errors.reject(at, "needs a path or a constant");
			}
			else {
				checkRule(field, rule, at, errors);
				rules.put(field, rule);
			}
		});
		FieldRule phone = rules.get(CaptureField.PHONE);
		if (phone == null || phone.path() == null) {
			errors.reject(prefix + ".phone", "is required and must have a path: every lead needs the person's phone");
		}
		return errors.problems().size() > before ? null : new FieldMapping(rules);
	}

	private static void checkRule(CaptureField field, FieldRule rule, String at, FieldErrors errors) {
		if ((rule.path() == null) == (rule.constant() == null)) {
			errors.reject(at, "needs exactly one of path and constant");
		}
		if (rule.path() != null) {
			checkPath(rule.path(), at + ".path", errors);
		}
		if (rule.constant() != null) {
			checkValue(field, rule.constant(), at + ".constant", errors);
			if (rule.values() != null || rule.defaultValue() != null) {
				errors.reject(at, "a constant takes no values or default");
			}
		}
		if (rule.defaultValue() != null) {
			checkValue(field, rule.defaultValue(), at + ".default", errors);
		}
		if (rule.values() != null) {
			checkValues(field, rule.values(), at + ".values", errors);
		}
	}

	private static void checkPath(String path, String at, FieldErrors errors) {
		if (!path.startsWith("/") || path.length() > MAX_PATH) {
			errors.reject(at, "must be a JSON Pointer such as /user/mobile, at most " + MAX_PATH + " characters");
			return;
		}
		errors.attempt(at, () -> JsonPointer.compile(path));
	}

	private static void checkValues(CaptureField field, Map<String, String> values, String at, FieldErrors errors) {
		if (values.isEmpty() || values.size() > MAX_VALUES) {
			errors.reject(at, "must list 1 to " + MAX_VALUES + " values");
			return;
		}
		Set<String> seen = new HashSet<>();
		values.forEach((channelValue, value) -> {
			if (channelValue.isBlank() || channelValue.length() > MAX_TEXT) {
				errors.reject(at, "'" + channelValue + "': a channel value must have 1 to " + MAX_TEXT + " characters");
			}
			else if (!seen.add(FieldRule.normalise(channelValue))) {
				errors.reject(at + "." + channelValue, "is listed twice (values match ignoring case)");
			}
			checkValue(field, value, at + "." + channelValue, errors);
		});
	}

	private static void checkValue(CaptureField field, @Nullable String value, String at, FieldErrors errors) {
		if (value == null || value.isBlank() || value.length() > MAX_TEXT) {
			errors.reject(at, "must have 1 to " + MAX_TEXT + " characters");
			return;
		}
		errors.attempt(at, () -> field.convert(value));
	}

	/** The rules keyed by lead field name, in the order of the fields, as stored. */
	public Map<String, FieldRule> byName() {
		Map<String, FieldRule> named = new LinkedHashMap<>();
		this.rules.forEach((field, rule) -> named.put(field.fieldName(), rule));
		return named;
	}

}
