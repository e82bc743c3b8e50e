package io.forecourt.sales.orders;

import java.util.List;

/**
 * Where an order stands. The happy path runs in declaration order from {@link #CREATED}
 * to {@link #DELIVERED}; {@link #CANCELLED} can be reached from any state before
 * delivery.
 */
public enum OrderStatus {

	/** Placed; the deposit is not paid yet. */
	CREATED,

	/** The deposit (定金) arrived from the payment provider. */
	DEPOSIT_PAID,

	/** The purchase contract is signed; the order waits for its car. */
	CONTRACT_SIGNED,

	/** A car with a VIN is the order's. */
	VIN_ALLOCATED,

	/** The order's car is on its way to the dealer. */
	IN_TRANSIT,

	/** The car is at the dealer. */
	ARRIVED,

	/** The pre-delivery inspection (PDI) is done. */
	PDI_DONE,

	/** Handed over to the buyer (交车). */
	DELIVERED,

	CANCELLED;

	/** The steps of the happy path, in order: what the progress page lists. */
	public static final List<OrderStatus> PATH = List.of(CREATED, DEPOSIT_PAID, CONTRACT_SIGNED, VIN_ALLOCATED,
			IN_TRANSIT, ARRIVED, PDI_DONE, DELIVERED);

	/** Whether nothing moves the order any more. */
	public boolean isFinal() {
		return this == DELIVERED || this == CANCELLED;
	}

	/** Whether the purchase contract was signed by the time the order reached this. */
	public boolean contractSigned() {
		return !isFinal() && ordinal() >= CONTRACT_SIGNED.ordinal() || this == DELIVERED;
	}

}
