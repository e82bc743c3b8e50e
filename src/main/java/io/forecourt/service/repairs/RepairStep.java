package io.forecourt.service.repairs;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The steps of a repair order, in the order the workshop goes through them. The advisor
 * moves an order to its {@link #next()} step; {@code WAITING_FOR_APPROVAL} is reached
 * only by sending extra work and left only by the owner's decisions.
 */
public enum RepairStep {

	RECEPTION, INSPECTION, WAITING_FOR_APPROVAL, IN_REPAIR, QUALITY_CHECK, WASHING, READY_FOR_PICKUP, DELIVERED,
	CANCELLED;

	/** The steps an order goes through, as the board shows them in columns. */
	public static final List<RepairStep> BOARD = List.of(RECEPTION, INSPECTION, WAITING_FOR_APPROVAL, IN_REPAIR,
			QUALITY_CHECK, WASHING, READY_FOR_PICKUP);

	/** The steps the owner's page lists. */
	public static final List<RepairStep> PROGRESS = List.of(RECEPTION, INSPECTION, WAITING_FOR_APPROVAL, IN_REPAIR,
			QUALITY_CHECK, WASHING, READY_FOR_PICKUP, DELIVERED);

	/** Where the advisor may move an order from this step; null when nowhere. */
	public @Nullable RepairStep next() {
		return switch (this) {
			case RECEPTION -> INSPECTION;
			case INSPECTION -> IN_REPAIR;
			case IN_REPAIR -> QUALITY_CHECK;
			case QUALITY_CHECK -> WASHING;
			case WASHING -> READY_FOR_PICKUP;
			case READY_FOR_PICKUP -> DELIVERED;
			case WAITING_FOR_APPROVAL, DELIVERED, CANCELLED -> null;
		};
	}

	public boolean open() {
		return this != DELIVERED && this != CANCELLED;
	}

}
