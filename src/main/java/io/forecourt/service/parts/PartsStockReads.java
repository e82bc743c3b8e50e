package io.forecourt.service.parts;

import java.util.Locale;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.jdbc.Where;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.service.workshop.ServiceDealers;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Parts stock as people read it, always within their scope: a dealer's staff their
 * dealer's, a region its dealers', HQ all. A dealer outside the scope answers 404.
 */
@Service
@PreAuthorize("hasAuthority('PERM_SERVICE_READ')")
@Transactional(readOnly = true)
public class PartsStockReads {

	private final ServiceDealers dealers;

	private final StockLevels levels;

	private final StockMovements movements;

	private final ReservationRecords reservations;

	private final AuditLog audit;

	PartsStockReads(ServiceDealers dealers, StockLevels levels, StockMovements movements,
			ReservationRecords reservations, AuditLog audit) {
		this.dealers = dealers;
		this.levels = levels;
		this.movements = movements;
		this.reservations = reservations;
		this.audit = audit;
	}

	/** Stock rows by part number. */
	public Page<StockLevel> find(StockQuery query, PageRequest page) {
		Where where = where(query);
		return Page.of(this.levels.find(where, page), page, this.levels.count(where));
	}

	/** How many parts are below their reorder point (one dealer, or the whole scope). */
	public long lowCount(@Nullable UUID dealerId) {
		return this.levels.count(where(new StockQuery(dealerId, true, null, null)));
	}

	/**
	 * @throws ProblemException 404 for a part the dealer does not stock or a dealer
	 * outside the scope
	 */
	public StockLevel get(UUID dealerId, String partNumber) {
		PartNumber number = PartsStock.number(partNumber);
		this.dealers.visible(dealerId);
		return this.levels.find(dealerId, number.value())
			.orElseThrow(() -> ProblemException.notFound("Stock of part", number + " at dealer " + dealerId));
	}

	/** A part's journal at the dealer, latest first. */
	public Page<StockMovement> movements(UUID dealerId, String partNumber, PageRequest page) {
		StockLevel level = get(dealerId, partNumber);
		return Page.of(this.movements.of(dealerId, level.partNumber(), page), page,
				this.movements.count(dealerId, level.partNumber()));
	}

	/** One receipt of the dealer. */
	public Receipt receipt(UUID dealerId, UUID receiptId) {
		this.dealers.visible(dealerId);
		return this.movements.receipt(receiptId)
			.filter(r -> r.dealerId().equals(dealerId))
			.orElseThrow(() -> ProblemException.notFound("Receipt", receiptId));
	}

	/**
	 * The dealer's repair-order reservations, latest first.
	 * @param repairOrderId one repair order's, when given
	 * @param status only those in this status, when given
	 */
	public Page<PartReservation> reservations(UUID dealerId, @Nullable UUID repairOrderId,
			@Nullable ReservationStatus status, PageRequest page) {
		this.dealers.visible(dealerId);
		Where where = Where.unscoped()
			.and("r.dealer_id = :dealer", "dealer", dealerId)
			.and("r.repair_order_id = :order", "order", repairOrderId)
			.and("r.status = :status", "status", status == null ? null : status.name());
		return Page.of(this.reservations.find(where, page), page, this.reservations.count(where));
	}

	/**
	 * What a repair order holds or held of each part.
	 * @throws ProblemException 404 when it reserved nothing in the caller's scope
	 */
	public java.util.List<PartReservation> reservationsOf(UUID repairOrderId) {
		Where where = Where.scoped(this.dealers.scope("r.dealer_id"))
			.and("r.repair_order_id = :order", "order", repairOrderId);
		var lines = this.reservations.find(where, new PageRequest(0, PageRequest.MAX_SIZE));
		if (lines.isEmpty()) {
			boolean elsewhere = this.reservations
				.count(Where.unscoped().and("r.repair_order_id = :order", "order", repairOrderId)) > 0;
			throw this.audit.notFound(PartsReservations.RESERVATION, repairOrderId, elsewhere);
		}
		return lines.stream().sorted(java.util.Comparator.comparing(PartReservation::partNumber)).toList();
	}

	private Where where(StockQuery query) {
		if (query.dealerId() != null) {
			this.dealers.visible(query.dealerId());
		}
		Where where = Where.scoped(this.dealers.scope("s.dealer_id"))
			.and("s.dealer_id = :dealerId", "dealerId", query.dealerId());
		if (query.low()) {
			where.and("s.on_hand - s.reserved < s.reorder_point");
		}
		if (query.bin() != null && !query.bin().isBlank()) {
			where.and("s.bin_location LIKE :bin ESCAPE '\\'", "bin",
					query.bin()
						.strip()
						.toUpperCase(Locale.ROOT)
						.replace("\\", "\\\\")
						.replace("%", "\\%")
						.replace("_", "\\_") + "%");
		}
		return PartCatalog.search(where, query.search(), "p");
	}

}
