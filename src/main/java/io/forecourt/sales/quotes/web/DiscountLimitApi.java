package io.forecourt.sales.quotes.web;

import java.math.BigDecimal;
import java.util.UUID;

import io.forecourt.kernel.web.ETags;
import io.forecourt.sales.quotes.DiscountLimit;
import io.forecourt.sales.quotes.DiscountLimitAdministration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** How much discount each dealer's consultants may give without their manager. */
@RestController
@RequestMapping("/api/v1/dealer-discount-limits")
@Tag(name = "Quotes")
class DiscountLimitApi {

	private final DiscountLimitAdministration limits;

	DiscountLimitApi(DiscountLimitAdministration limits) {
		this.limits = limits;
	}

	@GetMapping("/{dealerId}")
	@Operation(summary = "A dealer's discount limit (configured=false: the default applies)")
	ResponseEntity<DiscountLimit> get(@PathVariable UUID dealerId) {
		DiscountLimit limit = this.limits.get(dealerId);
		return ResponseEntity.ok().eTag(ETags.of(limit.version())).body(limit);
	}

	@PutMapping("/{dealerId}")
	@Operation(summary = "Set a dealer's discount limit (HQ): both the amount and the share of MSRP must hold"
			+ " for a discount to need no approval. If-Match with the limit's ETag once it has been set")
	ResponseEntity<DiscountLimit> set(@PathVariable UUID dealerId, @RequestBody LimitBody body,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		DiscountLimit limit = this.limits.set(dealerId, body.maxAmount(), body.maxPercent(), ifMatch);
		return ResponseEntity.ok().eTag(ETags.of(limit.version())).body(limit);
	}

	record LimitBody(@Nullable BigDecimal maxAmount, @Nullable BigDecimal maxPercent) {
	}

}
