package io.forecourt.service.parts.web;

import java.util.List;

import io.forecourt.kernel.web.ETags;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.service.parts.PartCatalog;
import io.forecourt.service.parts.PartRequests.NewPart;
import io.forecourt.service.parts.PartRequests.NewPrice;
import io.forecourt.service.parts.PartRequests.PartChange;
import io.forecourt.service.parts.web.PartViews.PartView;
import io.forecourt.service.parts.web.PartViews.PriceView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The OEM's part master. Everyone in the service center reads it; headquarters
 * (SERVICE_MANAGE with a network-wide scope) keeps it.
 */
@RestController
@RequestMapping("/api/v1/service/parts")
@Tag(name = "Service parts",
		description = "The part master: OEM part numbers, names, units, list prices," + " supersession")
class PartApi {

	private final PartCatalog catalog;

	PartApi(PartCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	@Operation(summary = "Parts by number; search matches the number or either name (any case)")
	Page<PartView> list(@RequestParam(required = false) @Nullable String search,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
		return this.catalog.find(search, new PageRequest(page, size)).map(PartView::of);
	}

	@GetMapping("/{partNumber}")
	@Operation(summary = "A part with its list price today and every price it has had or will have, with its ETag")
	ResponseEntity<PartView> get(@PathVariable String partNumber) {
		var part = this.catalog.get(partNumber);
		return ResponseEntity.ok()
			.eTag(ETags.of(part.version()))
			.body(PartView.of(part, this.catalog.prices(part.partNumber())));
	}

	@PostMapping
	@Operation(summary = "Add a part (HQ): partNumber (5-30 letters and digits in dash-joined groups, with a digit),"
			+ " nameZh, nameEn, unit (PIECE, SET, PAIR, LITRE, KIT), listPrice (yuan), validFrom (today when left"
			+ " out), supersededBy (an existing part). 409 duplicate for a number the master has")
	ResponseEntity<PartView> create(@RequestBody NewPart body, UriComponentsBuilder uris) {
		var part = this.catalog.create(body);
		return ResponseEntity.created(uris.path("/api/v1/service/parts/{partNumber}").build(part.partNumber()))
			.eTag(ETags.of(part.version()))
			.body(PartView.of(part, this.catalog.prices(part.partNumber())));
	}

	@PatchMapping("/{partNumber}")
	@Operation(summary = "Change names, unit or supersededBy (\"\" clears it) of a part (HQ, If-Match required)."
			+ " Supersession cannot go round in a circle")
	ResponseEntity<PartView> change(@PathVariable String partNumber, @RequestBody PartChange body,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		long version = ETags.expectedVersion(ifMatch);
		var part = this.catalog.change(partNumber, body, version);
		return ResponseEntity.ok().eTag(ETags.of(part.version())).body(PartView.of(part));
	}

	@GetMapping("/{partNumber}/prices")
	@Operation(summary = "Every list price of a part, latest first")
	List<PriceView> prices(@PathVariable String partNumber) {
		return this.catalog.prices(partNumber).stream().map(PriceView::of).toList();
	}

	@PostMapping("/{partNumber}/prices")
	@Operation(summary = "Set the list price from a day on (HQ): listPrice (yuan, two decimals at most), validFrom"
			+ " (today when left out, never a past day; a price already set for that day is replaced)")
	ResponseEntity<PartView> setPrice(@PathVariable String partNumber, @RequestBody NewPrice body) {
		var part = this.catalog.setPrice(partNumber, body);
		return ResponseEntity.ok()
			.eTag(ETags.of(part.version()))
			.body(PartView.of(part, this.catalog.prices(part.partNumber())));
	}

}
