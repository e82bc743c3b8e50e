package io.forecourt.service.parts.web;

import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.idempotency.IdempotencyHeaders;
import io.forecourt.kernel.idempotency.Idempotent;
import io.forecourt.kernel.web.ETags;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.service.parts.PartRequests.Adjustment;
import io.forecourt.service.parts.PartRequests.NewReceipt;
import io.forecourt.service.parts.PartRequests.StockSettings;
import io.forecourt.service.parts.PartsStock;
import io.forecourt.service.parts.PartsStockReads;
import io.forecourt.service.parts.Receipt;
import io.forecourt.service.parts.ReservationStatus;
import io.forecourt.service.parts.StockMovement;
import io.forecourt.service.parts.StockQuery;
import io.forecourt.service.parts.web.PartViews.ReservationView;
import io.forecourt.service.parts.web.PartViews.StockView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A dealer's parts stock: read by everyone in the service center within their scope;
 * goods received by service advisors, managers and DMS integrations (SERVICE_WRITE);
 * settings and stocktakes by the dealer's managers and HQ (SERVICE_MANAGE). Another
 * dealer's stock answers 404. Repair orders reserve through
 * {@link io.forecourt.service.parts.PartsReservations}; their reservations are read here.
 */
@RestController
@RequestMapping("/api/v1/service")
@Tag(name = "Service parts stock",
		description = "Dealer parts stock, receipts, stocktakes, the journal, and what" + " repair orders hold")
class PartsStockApi {

	private final PartsStock stock;

	private final PartsStockReads reads;

	PartsStockApi(PartsStock stock, PartsStockReads reads) {
		this.stock = stock;
		this.reads = reads;
	}

	@GetMapping("/dealers/{dealerId}/parts-stock")
	@Operation(summary = "The dealer's parts by number: on hand, reserved, available, reorder point and quantity,"
			+ " bin, low (available below the reorder point). Filters: low=true, bin (prefix), search (number or"
			+ " name)")
	Page<StockView> list(@PathVariable UUID dealerId, @RequestParam(defaultValue = "false") boolean low,
			@RequestParam(required = false) @Nullable String bin,
			@RequestParam(required = false) @Nullable String search, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
		return this.reads.find(new StockQuery(dealerId, low, bin, search), new PageRequest(page, size))
			.map(StockView::of);
	}

	@GetMapping("/dealers/{dealerId}/parts-stock/{partNumber}")
	@Operation(summary = "The dealer's stock of one part, with its ETag (the settings' version)")
	ResponseEntity<StockView> get(@PathVariable UUID dealerId, @PathVariable String partNumber) {
		StockView view = StockView.of(this.reads.get(dealerId, partNumber));
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
	}

	@PutMapping("/dealers/{dealerId}/parts-stock/{partNumber}")
	@Operation(summary = "Stock a part at the dealer (201) or change how it is kept (200, If-Match required):"
			+ " reorderPoint, reorderQuantity, binLocation (\"\" clears it). A changed reorder point can raise or"
			+ " clear the low-stock alert")
	ResponseEntity<StockView> configure(@PathVariable UUID dealerId, @PathVariable String partNumber,
			@RequestBody StockSettings body,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		Long version = ifMatch == null || ifMatch.isBlank() ? null : ETags.expectedVersion(ifMatch);
		PartsStock.Configured configured = this.stock.configure(dealerId, partNumber, body, version);
		StockView view = StockView.of(configured.level());
		return ResponseEntity.status(configured.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.eTag(ETags.of(view.version()))
			.body(view);
	}

	@GetMapping("/dealers/{dealerId}/parts-stock/{partNumber}/movements")
	@Operation(summary = "The part's journal at the dealer, latest first: RECEIPT, ADJUSTMENT, RESERVATION, RELEASE,"
			+ " CONSUMPTION, each with its quantity, the changes to on hand and reserved, what they were after it,"
			+ " who and when")
	Page<StockMovement> movements(@PathVariable UUID dealerId, @PathVariable String partNumber,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
		return this.reads.movements(dealerId, partNumber, new PageRequest(page, size));
	}

	@PostMapping("/dealers/{dealerId}/parts-stock/receipts")
	@Idempotent
	@Operation(summary = "Receive goods (Idempotency-Key required): deliveryNote, lines [{partNumber, quantity,"
			+ " binLocation}], all or nothing. A part the dealer did not stock is stocked from now on")
	ResponseEntity<Receipt> receive(@PathVariable UUID dealerId, @RequestBody NewReceipt body,
			@Parameter(hidden = true) @RequestHeader(name = IdempotencyHeaders.KEY,
					required = false) @Nullable String idempotencyKey,
			UriComponentsBuilder uris) {
		Receipt receipt = this.stock.receive(dealerId, body, idempotencyKey);
		return ResponseEntity
			.created(uris.path("/api/v1/service/dealers/{dealerId}/parts-stock/receipts/{id}")
				.build(dealerId, receipt.id()))
			.body(receipt);
	}

	@GetMapping("/dealers/{dealerId}/parts-stock/receipts/{id}")
	@Operation(summary = "One goods receipt of the dealer with its lines")
	Receipt receipt(@PathVariable UUID dealerId, @PathVariable UUID id) {
		return this.reads.receipt(dealerId, id);
	}

	@PostMapping("/dealers/{dealerId}/parts-stock/{partNumber}/adjustments")
	@Operation(summary = "Record a stocktake: countedOnHand, reason (STOCKTAKE, DAMAGED, LOST, FOUND,"
			+ " RETURNED_TO_SUPPLIER, CORRECTION with a note), note, expectedOnHand (the figure counted against;"
			+ " 409 if the stock moved since). 409 when the count is below what repair orders hold")
	StockView adjust(@PathVariable UUID dealerId, @PathVariable String partNumber, @RequestBody Adjustment body) {
		return StockView.of(this.stock.adjust(dealerId, partNumber, body));
	}

	@GetMapping("/dealers/{dealerId}/parts-reservations")
	@Operation(summary = "Parts repair orders of the dealer hold or held, latest first; filters repairOrderId,"
			+ " status (RESERVED, RELEASED, CONSUMED)")
	Page<ReservationView> reservations(@PathVariable UUID dealerId,
			@RequestParam(required = false) @Nullable UUID repairOrderId,
			@RequestParam(required = false) @Nullable ReservationStatus status,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
		return this.reads.reservations(dealerId, repairOrderId, status, new PageRequest(page, size))
			.map(ReservationView::of);
	}

	@GetMapping("/parts-reservations/{repairOrderId}")
	@Operation(summary = "What one repair order holds or held of each part; 404 outside your scope")
	List<ReservationView> reservationsOf(@PathVariable UUID repairOrderId) {
		return this.reads.reservationsOf(repairOrderId).stream().map(ReservationView::of).toList();
	}

}
