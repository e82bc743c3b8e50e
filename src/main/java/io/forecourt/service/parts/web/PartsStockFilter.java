package io.forecourt.service.parts.web;

import java.util.UUID;

import io.forecourt.service.parts.StockQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The parts stock page's filters as the query string carries them, and links keeping
 * them.
 */
record PartsStockFilter(@Nullable UUID dealerId, boolean low, @Nullable String bin, @Nullable String search) {

	StockQuery query() {
		return new StockQuery(this.dealerId, this.low, blankToNull(this.bin), blankToNull(this.search));
	}

	/** The same filters with the low-stock filter on or off. */
	public String lowUrl(boolean low) {
		return new PartsStockFilter(this.dealerId, low, this.bin, this.search).pageUrl(0);
	}

	public String pageUrl(int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/service/parts-stock");
		if (this.dealerId != null) {
			uri.queryParam("dealerId", this.dealerId);
		}
		if (this.low) {
			uri.queryParam("low", true);
		}
		if (blankToNull(this.bin) != null) {
			uri.queryParam("bin", this.bin);
		}
		if (blankToNull(this.search) != null) {
			uri.queryParam("search", this.search);
		}
		if (page > 0) {
			uri.queryParam("page", page);
		}
		return uri.encode().build().toUriString();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
