package io.forecourt.service.parts;

import java.time.Instant;
import java.util.UUID;

import io.forecourt.service.PartStockLow;
import io.forecourt.service.PartStockRestored;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What follows every change to a dealer's stock of a part, in the transaction that made
 * it (which holds the row's lock): the journal entry with the figures the change left,
 * and the low-stock watch. The watch marks the row when available has just fallen below
 * the reorder point and clears the mark when it is back; each mark and clear is a
 * conditional UPDATE, so {@link PartStockLow} and {@link PartStockRestored} are published
 * once per crossing however many changes race.
 */
@Component
class StockJournal {

	private final StockLevels levels;

	private final StockMovements movements;

	private final ApplicationEventPublisher events;

	StockJournal(StockLevels levels, StockMovements movements, ApplicationEventPublisher events) {
		this.levels = levels;
		this.movements = movements;
		this.events = events;
	}

	/**
	 * Records a movement the row has just made and watches its level.
	 * @return the row as the movement left it
	 */
	StockLevel record(UUID dealerId, String partNumber, MovementKind kind, int quantity, int onHandChange,
			int reservedChange, @Nullable UUID repairOrderId, @Nullable UUID receiptId, @Nullable String reason,
			@Nullable String note, Instant at) {
		StockLevel after = this.levels.find(dealerId, partNumber).orElseThrow();
		this.movements.append(dealerId, partNumber, kind, quantity, onHandChange, reservedChange, after, repairOrderId,
				receiptId, reason, note, PartsCalendar.actor(), at);
		return watch(dealerId, partNumber, at);
	}

	/**
	 * Raises or clears the low-stock alert if the row has just crossed its reorder point.
	 * @return the row as it is now
	 */
	StockLevel watch(UUID dealerId, String partNumber, Instant at) {
		if (this.levels.markLow(dealerId, partNumber, at) == 1) {
			StockLevel level = this.levels.find(dealerId, partNumber).orElseThrow();
			this.events.publishEvent(new PartStockLow(dealerId, partNumber, level.available(), level.reorderPoint(),
					level.reorderQuantity(), at));
			return level;
		}
		if (this.levels.clearLow(dealerId, partNumber) == 1) {
			StockLevel level = this.levels.find(dealerId, partNumber).orElseThrow();
			this.events
				.publishEvent(new PartStockRestored(dealerId, partNumber, level.available(), level.reorderPoint(), at));
			return level;
		}
		return this.levels.find(dealerId, partNumber).orElseThrow();
	}

}
