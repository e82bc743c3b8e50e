package io.forecourt.leads.channels;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Where one field of a lead comes from in a channel's payload: a JSON Pointer
 * ({@code /user/mobile}, RFC 6901) or a constant, optionally translated through a value
 * map ({@code "1" -> "WITHIN_7_DAYS"}, {@code "是" -> "true"}), with a default when the
 * payload has no value there or one the map does not know.
 *
 * @param path a JSON Pointer into the payload; exactly one of path and constant
 * @param constant the value every lead of the channel gets
 * @param values the channel's values (matched ignoring case and surrounding blanks) and
 * what each means to Forecourt; a value not listed is refused unless there is a default
 * @param defaultValue used when the path holds nothing, or a value the map lacks
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldRule(@Nullable String path, @Nullable String constant, @Nullable Map<String, String> values,
		@JsonProperty("default") @Nullable String defaultValue) {

	public FieldRule {
		// in the order HQ wrote them, so problems are reported in that order too
		values = values == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	static FieldRule path(String path) {
		return new FieldRule(path, null, null, null);
	}

	/**
	 * The channel's value as Forecourt text: translated through the value map when there
	 * is one, the default when there is no value.
	 * @throws IllegalArgumentException when the value map does not know the value and
	 * there is no default
	 */
	@Nullable String translate(@Nullable String found) {
		if (found == null) {
			return this.defaultValue;
		}
		if (this.values == null) {
			return found;
		}
		String key = normalise(found);
		for (Map.Entry<String, String> entry : this.values.entrySet()) {
			if (normalise(entry.getKey()).equals(key)) {
				return entry.getValue();
			}
		}
		if (this.defaultValue != null) {
			return this.defaultValue;
		}
		throw new IllegalArgumentException("'" + found + "' is not in the value map of " + this.path);
	}

	static String normalise(String channelValue) {
		return channelValue.strip().toLowerCase(Locale.ROOT);
	}

}
