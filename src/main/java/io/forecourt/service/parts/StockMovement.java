package io.forecourt.service.parts;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a dealer's parts journal. Summing {@code onHandChange} over a part's
 * entries gives its on hand, summing {@code reservedChange} its reserved.
 *
 * @param quantity the size of the movement (for an adjustment, how far the count was off)
 * @param onHandAfter on hand right after it
 * @param reservedAfter reserved right after it
 * @param repairOrderId the repair order of a reservation, release or consumption
 * @param receiptId the receipt of a receipt line
 * @param reason an adjustment's {@link AdjustmentReason}
 * @param actor who made it (a user, an API key or the system)
 */
public record StockMovement(long id, UUID dealerId, String partNumber, MovementKind kind, int quantity,
		int onHandChange, int reservedChange, int onHandAfter, int reservedAfter, @Nullable UUID repairOrderId,
		@Nullable UUID receiptId, @Nullable String reason, @Nullable String note, String actor, Instant occurredAt) {
}
