package io.forecourt.network.web;

import java.util.UUID;

import io.forecourt.network.DealerStatus;
import io.forecourt.network.domain.DealerSearch;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

/** The dealer list's search form, echoed back so the page and its links keep it. */
record DealerFilter(@Nullable String q, @Nullable UUID regionId, @Nullable String cityCode,
		@Nullable DealerStatus status) {

	DealerSearch search() {
		return new DealerSearch(blankToNull(this.q), this.regionId, blankToNull(this.cityCode), this.status);
	}

	/** The list's address for another page of the same search. */
	public String pageUrl(int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/dealers");
		String text = blankToNull(this.q);
		if (text != null) {
			uri.queryParam("q", text);
		}
		if (this.regionId != null) {
			uri.queryParam("regionId", this.regionId);
		}
		String city = blankToNull(this.cityCode);
		if (city != null) {
			uri.queryParam("cityCode", city);
		}
		if (this.status != null) {
			uri.queryParam("status", this.status);
		}
		if (page > 0) {
			uri.queryParam("page", page);
		}
		return uri.encode().build().toUriString();
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
