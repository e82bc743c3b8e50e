package io.forecourt.network.domain;

import java.util.UUID;

import io.forecourt.network.DealerStatus;
import org.jspecify.annotations.Nullable;

/**
 * Filters for listing dealers; all optional. {@code text} matches code and both names,
 * case-insensitively, as a substring.
 */
public record DealerSearch(@Nullable String text, @Nullable UUID regionId, @Nullable String cityCode,
		@Nullable DealerStatus status) {

	public static DealerSearch everything() {
		return new DealerSearch(null, null, null, null);
	}

}
