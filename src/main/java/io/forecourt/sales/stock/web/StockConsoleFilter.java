package io.forecourt.sales.stock.web;

import java.util.UUID;

import io.forecourt.sales.stock.AgeingBucket;
import io.forecourt.sales.stock.StockFilter;
import io.forecourt.sales.stock.StockStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The stock page's filters as the query string carries them, and page links keeping them.
 */
record StockConsoleFilter(@Nullable UUID dealerId, @Nullable String modelCode, @Nullable StockStatus status,
		@Nullable AgeingBucket ageing, @Nullable Boolean inTransit, @Nullable String vin) {

	StockFilter stock() {
		return new StockFilter(this.dealerId, blankToNull(this.modelCode), null, this.status, this.inTransit,
				this.ageing, null, blankToNull(this.vin));
	}

	/** The same filters with another ageing band (null: any), for the summary's links. */
	public String ageingUrl(@Nullable AgeingBucket bucket) {
		return new StockConsoleFilter(this.dealerId, this.modelCode, this.status, bucket, this.inTransit, this.vin)
			.pageUrl(0);
	}

	public String pageUrl(int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/sales/stock");
		if (this.dealerId != null) {
			uri.queryParam("dealerId", this.dealerId);
		}
		if (blankToNull(this.modelCode) != null) {
			uri.queryParam("modelCode", this.modelCode);
		}
		if (this.status != null) {
			uri.queryParam("status", this.status);
		}
		if (this.ageing != null) {
			uri.queryParam("ageing", this.ageing);
		}
		if (this.inTransit != null) {
			uri.queryParam("inTransit", this.inTransit);
		}
		if (blankToNull(this.vin) != null) {
			uri.queryParam("vin", this.vin);
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
