package io.forecourt.sales.catalog.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import io.forecourt.sales.catalog.CatalogAdministration;
import io.forecourt.sales.catalog.Price;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Price lists over the API. A price list change is a new row valid from a day (today or
 * later), optionally until a day: rows are never changed or deleted, so every past price
 * stays readable.
 */
@RestController
@Tag(name = "Vehicle prices", description = "MSRP and dealer prices with validity periods (HQ adds them)")
class VehiclePriceApi {

	static final String PRICES = "/api/v1/vehicle-prices";

	private final CatalogAdministration catalog;

	VehiclePriceApi(CatalogAdministration catalog) {
		this.catalog = catalog;
	}

	@GetMapping(PRICES)
	@Operation(summary = "One item's price history (?itemCode=E5-STD, latest first), or every item's price on a day"
			+ " (?date=2026-12-01, default today in China)")
	List<PriceView> prices(@RequestParam(required = false) @Nullable String itemCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
		if (itemCode != null) {
			return this.catalog.prices(itemCode).stream().map(PriceView::of).toList();
		}
		return this.catalog.pricesOn(date)
			.values()
			.stream()
			.sorted(Comparator.comparing(Price::itemCode))
			.map(PriceView::of)
			.toList();
	}

	@PostMapping(PRICES)
	@Operation(summary = "Add a price row (HQ): valid from validFrom (today or later) until validUntil (inclusive,"
			+ " optional); a limited-time price lies over the list price. 409 if the item has a row starting that day")
	ResponseEntity<PriceView> add(@RequestBody NewPrice body, UriComponentsBuilder uris) {
		Price price = this.catalog.addPrice(body.itemCode() == null ? "" : body.itemCode(), body.validFrom(),
				body.validUntil(), body.msrp(), body.dealerPrice());
		return ResponseEntity.created(uris.path(PRICES).queryParam("itemCode", price.itemCode()).build().toUri())
			.body(PriceView.of(price));
	}

	/** A new price row; amounts in yuan with at most two decimals. */
	record NewPrice(@Nullable String itemCode, @Nullable LocalDate validFrom, @Nullable LocalDate validUntil,
			@Nullable BigDecimal msrp, @Nullable BigDecimal dealerPrice) {
	}

	record PriceView(long id, String itemCode, LocalDate validFrom, @Nullable LocalDate validUntil, BigDecimal msrp,
			BigDecimal dealerPrice, Instant createdAt, String createdBy) {

		static PriceView of(Price price) {
			return new PriceView(price.id(), price.itemCode(), price.validFrom(), price.validUntil(), price.msrp(),
					price.dealerPrice(), price.createdAt(), price.createdBy());
		}

	}

}
