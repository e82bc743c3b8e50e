package io.forecourt.service.parts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.service.parts.PartRequests.Adjustment;
import io.forecourt.service.parts.PartRequests.NewReceipt;
import io.forecourt.service.parts.PartRequests.ReceiptLine;
import io.forecourt.service.parts.PartRequests.StockSettings;
import io.forecourt.service.workshop.ServiceDealers;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do to a dealer's parts stock: set how a part is kept (reorder point and
 * quantity, bin: the dealer's managers), receive goods (managers and service advisors,
 * and DMS integrations), and correct on hand after a stocktake (managers). Outside the
 * caller's scope a dealer answers 404. Every change is journalled and audited; a receipt
 * with several lines changes its parts in part-number order, as everything that changes
 * several parts does, so concurrent changes never deadlock.
 */
@Service
public class PartsStock {

	static final String STOCK = "service-parts-stock";

	static final String RECEIPT = "service-parts-receipt";

	/** Lines of one delivery note. */
	public static final int MAX_RECEIPT_LINES = 200;

	private final ServiceDealers dealers;

	private final PartRecords parts;

	private final StockLevels levels;

	private final StockMovements movements;

	private final StockJournal journal;

	private final PartsCalendar calendar;

	private final AuditLog audit;

	PartsStock(ServiceDealers dealers, PartRecords parts, StockLevels levels, StockMovements movements,
			StockJournal journal, PartsCalendar calendar, AuditLog audit) {
		this.dealers = dealers;
		this.parts = parts;
		this.levels = levels;
		this.movements = movements;
		this.journal = journal;
		this.calendar = calendar;
		this.audit = audit;
	}

	/**
	 * A part's stock row after its settings were set, and whether the dealer just began
	 * stocking it.
	 */
	public record Configured(StockLevel level, boolean created) {
	}

	/**
	 * Sets how the dealer keeps a part, starting to stock it if it did not (then no
	 * version is needed). A changed reorder point can raise or clear the low-stock alert
	 * at once.
	 * @param version the row's version (If-Match) when the dealer stocks the part already
	 * @throws ProblemException 400; 404 for an unknown part or a dealer outside the
	 * scope; 428 without a version for a stocked part; 412 over a stale one
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SERVICE_MANAGE')")
	public Configured configure(UUID dealerId, String partNumber, StockSettings settings, @Nullable Long version) {
		PartNumber number = number(partNumber);
		this.dealers.visible(dealerId);
		requirePart(number);
		FieldErrors errors = new FieldErrors();
		Integer reorderPoint = settings.reorderPoint() == null ? null
				: PartInputs.quantity(errors, "reorderPoint", settings.reorderPoint(), 0);
		Integer reorderQuantity = settings.reorderQuantity() == null ? null
				: PartInputs.quantity(errors, "reorderQuantity", settings.reorderQuantity(), 0);
		String bin = PartInputs.bin(errors, "binLocation", settings.binLocation());
		errors.throwIfAny();
		Instant now = this.calendar.now();
		Optional<StockLevel> existing = this.levels.find(dealerId, number.value());
		boolean created = existing.isEmpty();
		long expected;
		if (created) {
			this.levels.open(dealerId, number.value(), null, now);
			expected = 0;
		}
		else if (version == null) {
			throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
					"Dealer stocks " + number + " already: send its ETag in If-Match to change its settings");
		}
		else {
			expected = version;
		}
		StockLevel current = this.levels.find(dealerId, number.value()).orElseThrow();
		int point = reorderPoint == null ? current.reorderPoint() : reorderPoint;
		int quantity = reorderQuantity == null ? current.reorderQuantity() : reorderQuantity;
		String newBin = settings.binLocation() == null ? current.binLocation() : bin;
		if (this.levels.settings(dealerId, number.value(), expected, point, quantity, newBin, now) == 0) {
			throw new ProblemException(ProblemType.PRECONDITION_FAILED, "The stock of " + number + " at dealer "
					+ dealerId + " was changed by someone else; fetch it again and retry");
		}
		StockLevel level = this.journal.watch(dealerId, number.value(), now);
		this.audit.recordChange(created ? AuditAction.CREATE : AuditAction.UPDATE, STOCK, dealerId + "/" + number,
				"reorder point " + point + ", reorder quantity " + quantity + ", bin " + newBin);
		return new Configured(level, created);
	}

	/**
	 * Puts goods received on the shelf: every line or none. A part the dealer did not
	 * stock yet is stocked from now on (reorder point 0). A repeat under the same
	 * idempotency key changes nothing and answers the first receipt.
	 * @param idempotencyKey the request's Idempotency-Key, kept with the receipt
	 * @throws ProblemException 400 naming every bad line ({@code lines[i].field}); 404
	 * for a dealer outside the scope
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SERVICE_WRITE')")
	public Receipt receive(UUID dealerId, NewReceipt request, @Nullable String idempotencyKey) {
		FieldErrors errors = new FieldErrors();
		String note = PartInputs.optionalText(errors, "deliveryNote", request.deliveryNote(), 50);
		Map<PartNumber, ReceivedLine> lines = receiptLines(errors, request.lines());
		errors.throwIfAny();
		this.dealers.visible(dealerId);
		String by = PartsCalendar.actor();
		if (idempotencyKey != null) {
			Optional<UUID> earlier = this.movements.receiptByKey(dealerId, by, idempotencyKey);
			if (earlier.isPresent()) {
				return this.movements.receipt(earlier.get()).orElseThrow();
			}
		}
		Instant now = this.calendar.now();
		UUID id = UUID.randomUUID();
		if (!this.movements.insertReceipt(id, dealerId, note, idempotencyKey, by, now)) {
			// a concurrent request with the key committed first
			return this.movements
				.receipt(this.movements.receiptByKey(dealerId, by, String.valueOf(idempotencyKey))
					.orElseThrow(
							() -> ProblemException.conflict("The receipt is being recorded by another request; retry")))
				.orElseThrow();
		}
		Map<String, String> details = new LinkedHashMap<>();
		for (var entry : lines.entrySet()) {
			String part = entry.getKey().value();
			ReceivedLine line = entry.getValue();
			this.levels.open(dealerId, part, line.bin(), now);
			this.levels.receive(dealerId, part, line.quantity(), line.bin(), now);
			StockLevel after = this.journal.record(dealerId, part, MovementKind.RECEIPT, line.quantity(),
					line.quantity(), 0, null, id, null, note, now);
			details.put(dealerId + "/" + part, "received " + line.quantity() + (note == null ? "" : " (" + note + ")")
					+ ", on hand " + after.onHand());
		}
		this.audit.recordChange(AuditAction.CREATE, RECEIPT, id,
				lines.size() + " lines at dealer " + dealerId + (note == null ? "" : ", delivery note " + note));
		this.audit.recordChanges(AuditAction.UPDATE, STOCK, details);
		return this.movements.receipt(id).orElseThrow();
	}

	/**
	 * Sets on hand to what a stocktake counted, journalled as an adjustment with its
	 * reason (a count that matches is journalled too: the stocktake happened).
	 * @throws ProblemException 400; 404 for a part the dealer does not stock; 409 when
	 * the stock moved since the count ({@code expectedOnHand}) or the count is below what
	 * repair orders hold
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SERVICE_MANAGE')")
	public StockLevel adjust(UUID dealerId, String partNumber, Adjustment adjustment) {
		PartNumber number = number(partNumber);
		FieldErrors errors = new FieldErrors();
		Integer counted = PartInputs.quantity(errors, "countedOnHand", adjustment.countedOnHand(), 0);
		if (adjustment.expectedOnHand() != null && adjustment.expectedOnHand() < 0) {
			errors.reject("expectedOnHand", "must be 0 or more");
		}
		AdjustmentReason reason = PartInputs.choice(errors, "reason", AdjustmentReason.class, adjustment.reason());
		String note = PartInputs.optionalText(errors, "note", adjustment.note(), 500);
		if (reason == AdjustmentReason.CORRECTION && note == null) {
			errors.reject("note", "say what was wrong when correcting");
		}
		errors.throwIfAny();
		this.dealers.visible(dealerId);
		StockLevel level = this.levels.lock(dealerId, number.value())
			.orElseThrow(() -> ProblemException.notFound("Stock of part", number + " at dealer " + dealerId));
		if (adjustment.expectedOnHand() != null && adjustment.expectedOnHand() != level.onHand()) {
			throw ProblemException.conflict("The stock of " + number + " moved since it was counted (on hand "
					+ adjustment.expectedOnHand() + " then, " + level.onHand() + " now): count again");
		}
		if (counted < level.reserved()) {
			throw ProblemException.conflict("Repair orders hold " + level.reserved() + " of " + number
					+ ", more than the " + counted + " counted: release their reservations first");
		}
		Instant now = this.calendar.now();
		if (this.levels.count(dealerId, number.value(), counted, now) != 1) {
			throw new IllegalStateException("Locked stock row changed under its lock");
		}
		int change = counted - level.onHand();
		StockLevel after = this.journal.record(dealerId, number.value(), MovementKind.ADJUSTMENT, Math.abs(change),
				change, 0, null, null, reason.name(), note, now);
		this.audit.recordChange(AuditAction.UPDATE, STOCK, dealerId + "/" + number, "stocktake " + reason + ": on hand "
				+ level.onHand() + " -> " + counted + (note == null ? "" : " (" + note + ")"));
		return after;
	}

	private record ReceivedLine(int quantity, @Nullable String bin) {
	}

	/** The lines by part number, in part-number order: the order rows are locked in. */
	private Map<PartNumber, ReceivedLine> receiptLines(FieldErrors errors, @Nullable List<ReceiptLine> lines) {
		Map<PartNumber, ReceivedLine> read = new HashMap<>();
		if (lines == null || lines.isEmpty() || lines.size() > MAX_RECEIPT_LINES) {
			errors.reject("lines", "must hold 1 to " + MAX_RECEIPT_LINES + " lines");
			return read;
		}
		Map<PartNumber, Integer> firstLine = new HashMap<>();
		List<PartNumber> toCheck = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			ReceiptLine line = lines.get(i);
			String prefix = "lines[" + i + "].";
			if (line == null) {
				errors.reject("lines[" + i + "]", "is required");
				continue;
			}
			PartNumber number = PartInputs.partNumber(errors, prefix + "partNumber", line.partNumber());
			Integer quantity = PartInputs.quantity(errors, prefix + "quantity", line.quantity(), 1);
			String bin = PartInputs.bin(errors, prefix + "binLocation", line.binLocation());
			if (number == null) {
				continue;
			}
			Integer earlier = firstLine.putIfAbsent(number, i);
			if (earlier != null) {
				errors.reject(prefix + "partNumber", number + " is also on line " + earlier + ": one line per part");
				continue;
			}
			toCheck.add(number);
			if (quantity != null) {
				read.put(number, new ReceivedLine(quantity, bin));
			}
		}
		var known = this.parts.findAll(toCheck.stream().map(PartNumber::value).toList(), this.calendar.today());
		for (PartNumber number : toCheck) {
			if (!known.containsKey(number.value())) {
				errors.reject("lines[" + firstLine.get(number) + "].partNumber",
						"no part " + number + " in the part master");
			}
		}
		Map<PartNumber, ReceivedLine> sorted = new LinkedHashMap<>();
		read.keySet().stream().sorted(Comparator.naturalOrder()).forEach(n -> sorted.put(n, read.get(n)));
		return sorted;
	}

	private void requirePart(PartNumber number) {
		if (!this.parts.exists(number.value())) {
			throw ProblemException.notFound("Part", number);
		}
	}

	static PartNumber number(String raw) {
		try {
			return PartNumber.parse(raw);
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.validation("partNumber", String.valueOf(ex.getMessage()));
		}
	}

}
