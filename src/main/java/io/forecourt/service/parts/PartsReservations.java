package io.forecourt.service.parts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.service.PartQuantity;
import io.forecourt.service.PartsConsumed;
import io.forecourt.service.PartsReleased;
import io.forecourt.service.PartsReserved;
import io.forecourt.service.parts.PartsShortage.Shortage;
import io.forecourt.service.workshop.ServiceDealers;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parts of repair orders: reserved when the order needs them, given back when it no
 * longer does, consumed when it is completed. The port repair orders call; it checks no
 * permission or scope (the repair order's code has checked the order's) and works from
 * listeners and jobs that act as the system.
 * <p>
 * Every call is idempotent per repair order and part, and safe with any number of
 * instances racing: each stock change is one conditional UPDATE ({@code reserved =
 * reserved + q WHERE on_hand - reserved >= q}); the repair order's own row is locked
 * first, so calls for one order run one after the other, then the stock rows in
 * part-number order, so calls for different orders never deadlock. The journal entries,
 * reservation rows and events ({@link PartsReserved}, {@link PartsReleased},
 * {@link PartsConsumed}, {@link io.forecourt.service.PartStockLow}) commit with the
 * change.
 */
@Service
public class PartsReservations {

	static final String RESERVATION = "service-parts-reservation";

	/** Part lines in one reservation. */
	public static final int MAX_LINES = 100;

	private final ReservationRecords records;

	private final StockLevels levels;

	private final StockJournal journal;

	private final PartRecords parts;

	private final ServiceDealers dealers;

	private final PartsCalendar calendar;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	PartsReservations(ReservationRecords records, StockLevels levels, StockJournal journal, PartRecords parts,
			ServiceDealers dealers, PartsCalendar calendar, ApplicationEventPublisher events, AuditLog audit) {
		this.records = records;
		this.levels = levels;
		this.journal = journal;
		this.parts = parts;
		this.dealers = dealers;
		this.calendar = calendar;
		this.events = events;
		this.audit = audit;
	}

	/**
	 * Makes the repair order hold exactly these quantities of these parts at its dealer,
	 * all or nothing: what it holds already counts (asking again for the same quantity
	 * changes nothing, a larger one reserves the difference, a smaller one gives the
	 * difference back). Parts not listed stay as they are; {@link #release} gives them
	 * back.
	 * <p>
	 * When any part is short, nothing is reserved and {@link PartsShortage} names every
	 * short part with what is available; it does not roll back the caller's transaction,
	 * so a repair order can catch it and record that it waits for parts.
	 * @return everything the repair order holds or held, in part-number order
	 * @throws PartsShortage 409 when the dealer has not enough of a part (or does not
	 * stock it)
	 * @throws ProblemException 400 naming every bad field ({@code lines[i].partNumber},
	 * an unknown part too); 409 when the repair order reserves at another dealer, or a
	 * part's reservation was already consumed
	 */
	@Transactional(noRollbackFor = PartsShortage.class)
	public List<PartReservation> reserve(UUID dealerId, UUID repairOrderId, List<PartLine> lines) {
		Map<String, Part> known = new HashMap<>();
		TreeMap<String, Integer> wanted = read(dealerId, repairOrderId, lines, known);
		Instant now = this.calendar.now();
		holdOrder(repairOrderId, dealerId, now);
		Map<String, PartReservation> current = this.records.of(repairOrderId)
			.stream()
			.collect(Collectors.toMap(PartReservation::partNumber, r -> r));
		for (String part : wanted.keySet()) {
			PartReservation existing = current.get(part);
			if (existing != null && existing.status() == ReservationStatus.CONSUMED) {
				throw ProblemException.conflict("Repair order " + repairOrderId + " consumed " + existing.quantity()
						+ " of " + part + " at completion; it cannot reserve that part again");
			}
		}
		Map<String, Integer> applied = new TreeMap<>();
		List<Shortage> shortages = new ArrayList<>();
		for (var entry : wanted.entrySet()) {
			String part = entry.getKey();
			int want = entry.getValue();
			int held = held(current.get(part));
			int change = want - held;
			if (change == 0) {
				continue;
			}
			if (!shortages.isEmpty()) {
				// already failing: only find the other short parts, changing nothing more
				int available = this.levels.available(dealerId, part);
				if (change > available) {
					shortages.add(new Shortage(part, want, held, available, known.get(part).supersededBy()));
				}
				continue;
			}
			if (change > 0 ? this.levels.reserve(dealerId, part, change, now) == 1
					: this.levels.unreserve(dealerId, part, -change, now) == 1) {
				applied.put(part, change);
			}
			else {
				shortages.add(new Shortage(part, want, held, this.levels.available(dealerId, part),
						known.get(part).supersededBy()));
			}
		}
		if (!shortages.isEmpty()) {
			undo(dealerId, applied, now);
			throw new PartsShortage(shortages);
		}
		List<PartQuantity> changes = new ArrayList<>();
		for (var entry : applied.entrySet()) {
			String part = entry.getKey();
			int change = entry.getValue();
			this.journal.record(dealerId, part, change > 0 ? MovementKind.RESERVATION : MovementKind.RELEASE,
					Math.abs(change), 0, change, repairOrderId, null, null, null, now);
			PartReservation existing = current.get(part);
			if (existing == null) {
				this.records.insert(new PartReservation(repairOrderId, dealerId, part, wanted.get(part),
						ReservationStatus.RESERVED, now, now));
			}
			else {
				this.records.update(repairOrderId, part, wanted.get(part), ReservationStatus.RESERVED, now);
			}
			changes.add(new PartQuantity(part, change));
		}
		List<PartReservation> after = this.records.of(repairOrderId);
		if (!changes.isEmpty()) {
			this.events.publishEvent(new PartsReserved(repairOrderId, dealerId, holding(after), changes, now));
			this.audit.recordChange(AuditAction.UPDATE, RESERVATION, repairOrderId,
					"at dealer " + dealerId + ": " + describe(changes) + "; holds " + describe(holding(after)));
		}
		return after;
	}

	/** Gives back everything the repair order holds (nothing when it holds nothing). */
	@Transactional
	public List<PartReservation> release(UUID repairOrderId) {
		return releaseParts(repairOrderId, null);
	}

	/**
	 * Gives back what the repair order holds of one part (nothing when it holds none).
	 * @throws ProblemException 400 for a malformed part number
	 */
	@Transactional
	public List<PartReservation> release(UUID repairOrderId, String partNumber) {
		return releaseParts(repairOrderId, PartsStock.number(partNumber).value());
	}

	/**
	 * Consumes everything the repair order holds, at its completion: the parts leave the
	 * dealer's stock (on hand and reserved fall together; available does not change).
	 * Calling it again consumes nothing more.
	 * @return everything the repair order holds or held, in part-number order
	 */
	@Transactional
	public List<PartReservation> consume(UUID repairOrderId) {
		Optional<UUID> dealer = this.records.lock(repairOrderId);
		if (dealer.isEmpty()) {
			return List.of();
		}
		Instant now = this.calendar.now();
		List<PartQuantity> consumed = new ArrayList<>();
		for (PartReservation line : this.records.of(repairOrderId)) {
			if (line.status() != ReservationStatus.RESERVED) {
				continue;
			}
			requireOne(this.levels.consume(line.dealerId(), line.partNumber(), line.quantity(), now), line);
			this.journal.record(line.dealerId(), line.partNumber(), MovementKind.CONSUMPTION, line.quantity(),
					-line.quantity(), -line.quantity(), repairOrderId, null, null, null, now);
			this.records.update(repairOrderId, line.partNumber(), line.quantity(), ReservationStatus.CONSUMED, now);
			consumed.add(new PartQuantity(line.partNumber(), line.quantity()));
		}
		if (!consumed.isEmpty()) {
			this.events.publishEvent(new PartsConsumed(repairOrderId, dealer.get(), consumed, now));
			this.audit.recordChange(AuditAction.UPDATE, RESERVATION, repairOrderId, "consumed " + describe(consumed));
		}
		return this.records.of(repairOrderId);
	}

	/** What the repair order holds or held of each part, in part-number order. */
	@Transactional(readOnly = true)
	public List<PartReservation> reservationsOf(UUID repairOrderId) {
		return this.records.of(repairOrderId);
	}

	private List<PartReservation> releaseParts(UUID repairOrderId, @Nullable String partNumber) {
		Optional<UUID> dealer = this.records.lock(repairOrderId);
		if (dealer.isEmpty()) {
			return List.of();
		}
		Instant now = this.calendar.now();
		List<PartQuantity> released = new ArrayList<>();
		for (PartReservation line : this.records.of(repairOrderId)) {
			if (line.status() != ReservationStatus.RESERVED
					|| (partNumber != null && !partNumber.equals(line.partNumber()))) {
				continue;
			}
			requireOne(this.levels.unreserve(line.dealerId(), line.partNumber(), line.quantity(), now), line);
			this.journal.record(line.dealerId(), line.partNumber(), MovementKind.RELEASE, line.quantity(), 0,
					-line.quantity(), repairOrderId, null, null, null, now);
			this.records.update(repairOrderId, line.partNumber(), line.quantity(), ReservationStatus.RELEASED, now);
			released.add(new PartQuantity(line.partNumber(), line.quantity()));
		}
		if (!released.isEmpty()) {
			this.events.publishEvent(new PartsReleased(repairOrderId, dealer.get(), released, now));
			this.audit.recordChange(AuditAction.UPDATE, RESERVATION, repairOrderId, "released " + describe(released));
		}
		return this.records.of(repairOrderId);
	}

	/**
	 * Registers the repair order with its dealer and locks it: from here on, calls for
	 * this order wait for this transaction.
	 */
	private void holdOrder(UUID repairOrderId, UUID dealerId, Instant now) {
		this.records.claim(repairOrderId, dealerId, now);
		UUID orderDealer = this.records.lock(repairOrderId)
			.orElseThrow(() -> ProblemException
				.conflict("Repair order " + repairOrderId + " is reserving parts in another request; retry"));
		if (!orderDealer.equals(dealerId)) {
			throw ProblemException.conflict("Repair order " + repairOrderId + " reserves its parts at dealer "
					+ orderDealer + ", not at " + dealerId);
		}
	}

	/**
	 * Gives back what this call changed, in the order it was changed: its rows are locked
	 * by it.
	 */
	private void undo(UUID dealerId, Map<String, Integer> applied, Instant now) {
		applied.forEach((part, change) -> {
			int undone = change > 0 ? this.levels.unreserve(dealerId, part, change, now)
					: this.levels.reserve(dealerId, part, -change, now);
			if (undone != 1) {
				throw new IllegalStateException("Could not undo the reservation of " + part + " under its lock");
			}
		});
	}

	private TreeMap<String, Integer> read(@Nullable UUID dealerId, @Nullable UUID repairOrderId,
			@Nullable List<PartLine> lines, Map<String, Part> known) {
		FieldErrors errors = new FieldErrors();
		if (dealerId == null) {
			errors.reject("dealerId", "is required");
		}
		else if (this.dealers.network().dealer(dealerId).isEmpty()) {
			errors.reject("dealerId", "no dealer " + dealerId);
		}
		if (repairOrderId == null) {
			errors.reject("repairOrderId", "is required");
		}
		TreeMap<String, Integer> wanted = new TreeMap<>();
		Map<String, Integer> lineOf = new HashMap<>();
		if (lines == null || lines.isEmpty() || lines.size() > MAX_LINES) {
			errors.reject("lines", "must hold 1 to " + MAX_LINES + " parts");
			errors.throwIfAny();
			return wanted;
		}
		for (int i = 0; i < lines.size(); i++) {
			PartLine line = lines.get(i);
			if (line == null) {
				errors.reject("lines[" + i + "]", "is required");
				continue;
			}
			PartNumber number = PartInputs.partNumber(errors, "lines[" + i + "].partNumber", line.partNumber());
			Integer quantity = PartInputs.quantity(errors, "lines[" + i + "].quantity", line.quantity(), 1);
			if (number == null) {
				continue;
			}
			Integer earlier = lineOf.putIfAbsent(number.value(), i);
			if (earlier != null) {
				errors.reject("lines[" + i + "].partNumber",
						number + " is also on line " + earlier + ": one line per part");
			}
			else if (quantity != null) {
				wanted.put(number.value(), quantity);
			}
		}
		known.putAll(this.parts.findAll(lineOf.keySet(), this.calendar.today()));
		lineOf.forEach((part, line) -> {
			if (!known.containsKey(part)) {
				errors.reject("lines[" + line + "].partNumber", "no part " + part + " in the part master");
			}
		});
		errors.throwIfAny();
		return wanted;
	}

	private static int held(@Nullable PartReservation reservation) {
		return reservation != null && reservation.status() == ReservationStatus.RESERVED ? reservation.quantity() : 0;
	}

	private static List<PartQuantity> holding(List<PartReservation> reservations) {
		return reservations.stream()
			.filter(r -> r.status() == ReservationStatus.RESERVED)
			.map(r -> new PartQuantity(r.partNumber(), r.quantity()))
			.toList();
	}

	private static String describe(List<PartQuantity> quantities) {
		return quantities.isEmpty() ? "nothing"
				: quantities.stream().map(q -> q.partNumber() + " x" + q.quantity()).collect(Collectors.joining(", "));
	}

	private static void requireOne(int updated, PartReservation line) {
		if (updated != 1) {
			throw new IllegalStateException("Stock of " + line.partNumber() + " at dealer " + line.dealerId()
					+ " does not cover what repair order " + line.repairOrderId() + " holds");
		}
	}

}
