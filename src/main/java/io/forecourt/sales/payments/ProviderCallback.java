package io.forecourt.sales.payments;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A callback as it arrived, before anything is believed: its headers and its body byte
 * for byte (signatures cover the exact bytes).
 */
public record ProviderCallback(Map<String, String> headers, byte[] body) {

	public ProviderCallback {
		headers = headers.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue,
					(a, b) -> a));
	}

	/** A header by name, case-insensitively. */
	public @Nullable String header(String name) {
		return this.headers.get(name.toLowerCase(Locale.ROOT));
	}

}
