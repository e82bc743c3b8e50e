package io.forecourt.sales.quotes.web;

import java.util.UUID;

import io.forecourt.kernel.web.ETags;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.sales.quotes.NewQuote;
import io.forecourt.sales.quotes.Quote;
import io.forecourt.sales.quotes.QuoteStatus;
import io.forecourt.sales.quotes.SalesQuotes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Quotes: price a configuration for a customer; managers decide large discounts. */
@RestController
@RequestMapping("/api/v1/quotes")
@Tag(name = "Quotes", description = "Quotes with discount approval, purchase tax, registration and insurance"
		+ " estimates, trade-in and a finance offer")
class QuoteApi {

	private final SalesQuotes quotes;

	QuoteApi(SalesQuotes quotes) {
		this.quotes = quotes;
	}

	@PostMapping
	@Operation(summary = "Quote a configuration (by its code). A discount above the dealer's limit makes the quote"
			+ " PENDING_APPROVAL until the dealer manager decides; otherwise it is ISSUED. Every bad field is named"
			+ " in one 400 problem and nothing is written")
	ResponseEntity<Quote> create(@RequestBody NewQuote body, UriComponentsBuilder uris) {
		Quote quote = this.quotes.create(body);
		return ResponseEntity.created(uris.path("/api/v1/quotes/{id}").build(quote.id()))
			.eTag(ETags.of(quote.version()))
			.body(quote);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One quote, within the caller's scope")
	ResponseEntity<Quote> get(@PathVariable UUID id) {
		Quote quote = this.quotes.get(id);
		return ResponseEntity.ok().eTag(ETags.of(quote.version())).body(quote);
	}

	@GetMapping
	@Operation(summary = "Quotes within the caller's scope, newest first; status PENDING_APPROVAL lists the"
			+ " approval queue oldest first")
	Page<Quote> find(@RequestParam(required = false) @Nullable QuoteStatus status,
			@RequestParam(required = false) @Nullable UUID dealerId,
			@RequestParam(required = false) @Nullable UUID customerId,
			@RequestParam(required = false) @Nullable UUID leadId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
		return this.quotes.find(status, dealerId, customerId, leadId, new PageRequest(page, size));
	}

	@PostMapping("/{id}/approval")
	@Operation(summary = "Approve the discount of a quote waiting for it (dealer manager or HQ): the quote is"
			+ " issued. 409 unless it is waiting or once it has expired")
	Quote approve(@PathVariable UUID id, @RequestBody(required = false) @Nullable Decision body) {
		return this.quotes.approve(id, body == null ? null : body.note());
	}

	@PostMapping("/{id}/rejection")
	@Operation(summary = "Refuse the discount of a quote waiting for it, with a note for the consultant")
	Quote reject(@PathVariable UUID id, @RequestBody(required = false) @Nullable Decision body) {
		return this.quotes.reject(id, body == null ? null : body.note());
	}

	record Decision(@Nullable String note) {
	}

}
