package io.forecourt.sales.stock;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.vehicle.Vin;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stock_allocations table: each order's current allocation, keyed by the order. Its
 * row is the lock for everything about one order's car, taken first by allocate, release
 * and factory fulfilment alike (so they never deadlock each other).
 */
@Repository
class OrderAllocations {

	private final JdbcClient jdbc;

	OrderAllocations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims the order for this transaction. False when the order already has a row
	 * (committed, or being written by a concurrent transaction, which this insert waits
	 * for on PostgreSQL).
	 */
	boolean claim(AllocationRequest request, VehicleSpec spec, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO stock_allocations (order_id, dealer_id, model_code, trim_code, exterior_colour_code,
				    interior_colour_code, status, changed_at)
				VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?)
				ON CONFLICT DO NOTHING
				""")
			.params(request.orderId(), request.dealerId(), spec.modelCode(), spec.trimCode(), spec.exteriorColourCode(),
					spec.interiorColourCode(), Timestamp.from(now))
			.update() == 1;
	}

	/** Locks the order's row until the transaction ends; false when it has none. */
	boolean lock(UUID orderId) {
		return this.jdbc.sql("SELECT order_id FROM stock_allocations WHERE order_id = ? FOR UPDATE")
			.param(orderId)
			.query(UUID.class)
			.optional()
			.isPresent();
	}

	void allocated(UUID orderId, UUID vehicleId, Instant now) {
		this.jdbc.sql("""
				UPDATE stock_allocations SET status = 'ALLOCATED', stock_vehicle_id = ?, changed_at = ?
				WHERE order_id = ?
				""").params(vehicleId, Timestamp.from(now), orderId).update();
	}

	void factoryOrdered(UUID orderId, UUID factoryOrderId, Instant now) {
		this.jdbc.sql("""
				UPDATE stock_allocations SET status = 'FACTORY_ORDERED', factory_order_id = ?, changed_at = ?
				WHERE order_id = ?
				""").params(factoryOrderId, Timestamp.from(now), orderId).update();
	}

	void delete(UUID orderId) {
		this.jdbc.sql("DELETE FROM stock_allocations WHERE order_id = ?").param(orderId).update();
	}

	Optional<Allocation> find(UUID orderId) {
		return this.jdbc.sql("""
				SELECT a.order_id, a.status, a.stock_vehicle_id, a.factory_order_id, a.changed_at,
				       v.vin, v.arrived_at
				FROM stock_allocations a LEFT JOIN stock_vehicles v ON v.id = a.stock_vehicle_id
				WHERE a.order_id = ? AND a.status <> 'PENDING'
				""").param(orderId).query((rs, n) -> {
			String vin = rs.getString("vin");
			UUID vehicle = rs.getObject("stock_vehicle_id", UUID.class);
			return new Allocation(orderId, Allocation.Status.valueOf(rs.getString("status")),
					vin == null ? null : new Vin(vin), vehicle, rs.getObject("factory_order_id", UUID.class),
					vehicle != null && rs.getTimestamp("arrived_at") == null,
					rs.getTimestamp("changed_at").toInstant());
		}).optional();
	}

}
