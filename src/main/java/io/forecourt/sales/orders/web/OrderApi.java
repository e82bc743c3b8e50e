package io.forecourt.sales.orders.web;

import java.util.Map;
import java.util.UUID;

import io.forecourt.kernel.idempotency.IdempotencyHeaders;
import io.forecourt.kernel.idempotency.Idempotent;
import io.forecourt.kernel.web.ETags;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.sales.PaymentView;
import io.forecourt.sales.orders.CancelReason;
import io.forecourt.sales.orders.CancellationPolicy;
import io.forecourt.sales.orders.NewOrder;
import io.forecourt.sales.orders.OrderPlacement;
import io.forecourt.sales.orders.OrderReads;
import io.forecourt.sales.orders.OrderStatus;
import io.forecourt.sales.orders.OrderView;
import io.forecourt.sales.orders.OrderWorkflow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Orders from deposit to delivery. Every transition needs the order's ETag in If-Match
 * (428 without, 412 when stale) and answers 409 (type conflict, with the order's
 * {@code orderStatus}) when the order's state does not allow it; a refused call writes
 * nothing.
 */
@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "Orders", description = "Orders from a priced configuration or a quote: deposit, contract, VIN, PDI,"
		+ " delivery," + " cancellation with the deposit rule of its state")
class OrderApi {

	private final OrderPlacement placement;

	private final OrderReads reads;

	private final OrderWorkflow workflow;

	OrderApi(OrderPlacement placement, OrderReads reads, OrderWorkflow workflow) {
		this.placement = placement;
		this.reads = reads;
		this.workflow = workflow;
	}

	@PostMapping
	@Operation(summary = "Place an order from a configuration code, or from an issued quote (quoteId: the quote's"
			+ " configuration with its discount line, total = the quote's invoice price; its customer and lead carry"
			+ " over unless given; the quote becomes ORDERED), for a customer (customerId, or phone resolved through"
			+ " One ID) at a dealer (default: yours, or the quote's); 201 CREATED with the priced snapshot and the"
			+ " buyer's progress link. 409 (with quoteStatus) for a quote waiting for discount approval, rejected,"
			+ " expired or already ordered; 400 for a quote out of your scope or of another dealer")
	ResponseEntity<OrderView> place(@RequestBody NewOrder body, UriComponentsBuilder uris) {
		OrderView order = this.placement.place(body);
		return ResponseEntity.created(uris.path("/api/v1/orders/{id}").build(order.id()))
			.eTag(ETags.of(order.version()))
			.body(order);
	}

	@GetMapping
	@Operation(summary = "Orders within your scope, latest first")
	Page<OrderView.Summary> list(@RequestParam(required = false) @Nullable OrderStatus status,
			@RequestParam(required = false) @Nullable UUID consultantId,
			@RequestParam(required = false) @Nullable UUID leadId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
		return this.reads.find(status, consultantId, leadId, new PageRequest(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "An order with its lines, steps and ETag")
	ResponseEntity<OrderView> get(@PathVariable UUID id) {
		return withETag(this.reads.view(id));
	}

	@GetMapping("/{id}/cancellation-quotes")
	@Operation(summary = "What cancelling now would refund and forfeit, per reason (empty once delivered or"
			+ " cancelled)")
	Map<CancelReason, CancellationPolicy.Refund> quotes(@PathVariable UUID id) {
		return this.reads.cancellationQuotes(id);
	}

	@PostMapping("/{id}/deposit-payments")
	@Idempotent
	@Operation(summary = "Open the deposit payment of a CREATED order (Idempotency-Key required; a repeat returns"
			+ " the same payment); 201 with the provider's checkoutUrl. The order becomes DEPOSIT_PAID when the"
			+ " provider confirms the payment")
	ResponseEntity<PaymentView> startDeposit(@PathVariable UUID id,
			@RequestHeader(name = IdempotencyHeaders.KEY, required = false) @Nullable String key) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.workflow.startDeposit(id, key));
	}

	@PostMapping("/{id}/contract-signature")
	@Operation(summary = "The buyer signed the contract: DEPOSIT_PAID to CONTRACT_SIGNED")
	ResponseEntity<OrderView> signContract(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(this.workflow.signContract(id, ETags.expectedVersion(ifMatch)));
	}

	@PostMapping("/{id}/vin-allocation")
	@Operation(summary = "Take the order's car from stock: a car at the dealer makes it ARRIVED (VIN_ALLOCATED on"
			+ " the way), one in transit IN_TRANSIT; with none, the factory builds one and the order stays"
			+ " CONTRACT_SIGNED with waitingForFactory until it is allocated")
	ResponseEntity<OrderView> allocateVin(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(this.workflow.allocateVin(id, ETags.expectedVersion(ifMatch)));
	}

	@PostMapping("/{id}/pdi")
	@Operation(summary = "The pre-delivery inspection is done: ARRIVED to PDI_DONE")
	ResponseEntity<OrderView> pdi(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(this.workflow.markPdiDone(id, ETags.expectedVersion(ifMatch)));
	}

	@PostMapping("/{id}/delivery")
	@Operation(summary = "Handed over to the buyer: PDI_DONE to DELIVERED")
	ResponseEntity<OrderView> deliver(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(this.workflow.deliver(id, ETags.expectedVersion(ifMatch)));
	}

	@PostMapping("/{id}/cancellation")
	@Operation(summary = "Cancel before delivery with a reason (BUYER_WITHDREW, DEALER_CANNOT_SUPPLY,"
			+ " DEALER_CANCELLED, DEPOSIT_NOT_PAID): the deposit is refunded in full before the contract, and after"
			+ " it only when the dealer cannot supply or cancels; otherwise forfeited. A car it had goes back to"
			+ " stock")
	ResponseEntity<OrderView> cancel(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody CancelBody body) {
		return withETag(this.workflow.cancel(id, ETags.expectedVersion(ifMatch), body.reason(), body.note()));
	}

	private static ResponseEntity<OrderView> withETag(OrderView order) {
		return ResponseEntity.ok().eTag(ETags.of(order.version())).body(order);
	}

	record CancelBody(@Nullable String reason, @Nullable String note) {
	}

}
