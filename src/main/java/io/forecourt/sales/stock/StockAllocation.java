package io.forecourt.sales.stock;

import java.util.Optional;
import java.util.UUID;

/**
 * Gives orders their cars. Allocation is atomic across instances: two orders never get
 * one VIN. When no car matches, a factory order is raised and the car is allocated when
 * the factory ships it ({@link VehicleAllocated} then follows).
 */
public interface StockAllocation {

	/**
	 * Takes a matching car for the order (the dealer's own stock first, oldest first,
	 * then cars in transit to it), or raises a factory order. Calling it again for an
	 * order returns its existing allocation.
	 */
	Allocation allocate(AllocationRequest request);

	/** Returns the order's car to stock (or cancels its factory order), if it had one. */
	void release(UUID orderId);

	Optional<Allocation> allocationOf(UUID orderId);

	/**
	 * Marks the order's car delivered to its buyer: it leaves the dealer's stock. The car
	 * must have arrived at the dealer.
	 * @throws io.forecourt.kernel.web.ProblemException conflict when the order has no car
	 * at its dealer (not allocated, in transit, or delivered already)
	 */
	void markDelivered(UUID orderId);

}
