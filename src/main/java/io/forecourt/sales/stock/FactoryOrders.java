package io.forecourt.sales.stock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.jdbc.Where;
import io.forecourt.kernel.tenancy.ScopePredicate;
import io.forecourt.kernel.web.PageRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The factory_orders table; status changes are conditional on the order being open. */
@Repository
public class FactoryOrders {

	private final JdbcClient jdbc;

	FactoryOrders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	FactoryOrder raise(UUID orderId, UUID dealerId, VehicleSpec spec, Instant now) {
		FactoryOrder order = new FactoryOrder(UUID.randomUUID(), orderId, dealerId, spec, FactoryOrder.Status.OPEN,
				null, now, null, 0);
		this.jdbc.sql("""
				INSERT INTO factory_orders (id, order_id, dealer_id, model_code, trim_code, exterior_colour_code,
				    interior_colour_code, status, raised_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, 0)
				""")
			.params(order.id(), orderId, dealerId, spec.modelCode(), spec.trimCode(), spec.exteriorColourCode(),
					spec.interiorColourCode(), Timestamp.from(now))
			.update();
		return order;
	}

	Optional<FactoryOrder> findAnyById(UUID id) {
		return this.jdbc.sql("SELECT * FROM factory_orders f WHERE f.id = ?")
			.param(id)
			.query((rs, n) -> factoryOrder(rs))
			.optional();
	}

	Optional<FactoryOrder> findVisible(UUID id, ScopePredicate scope) {
		return this.jdbc.sql("SELECT * FROM factory_orders f WHERE f.id = :id AND " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query((rs, n) -> factoryOrder(rs))
			.optional();
	}

	long count(Where where) {
		return this.jdbc.sql("SELECT count(*) FROM factory_orders f WHERE " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	/** Oldest first: the order waiting longest is the one to chase. */
	List<FactoryOrder> find(Where where, PageRequest page) {
		return this.jdbc
			.sql("SELECT * FROM factory_orders f WHERE " + where.sql()
					+ " ORDER BY f.raised_at, f.id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
			.params(where.params())
			.param("offset", page.offset())
			.param("size", page.size())
			.query((rs, n) -> factoryOrder(rs))
			.list();
	}

	int fulfil(UUID id, UUID vehicleId, Instant now) {
		return this.jdbc.sql("""
				UPDATE factory_orders SET status = 'FULFILLED', stock_vehicle_id = ?, closed_at = ?,
				    version = version + 1
				WHERE id = ? AND status = 'OPEN'
				""").params(vehicleId, Timestamp.from(now), id).update();
	}

	int cancelOpen(UUID orderId, Instant now) {
		return this.jdbc.sql("""
				UPDATE factory_orders SET status = 'CANCELLED', closed_at = ?, version = version + 1
				WHERE order_id = ? AND status = 'OPEN'
				""").params(Timestamp.from(now), orderId).update();
	}

	static FactoryOrder factoryOrder(ResultSet rs) throws SQLException {
		Timestamp closed = rs.getTimestamp("closed_at");
		return new FactoryOrder(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class),
				rs.getObject("dealer_id", UUID.class),
				new VehicleSpec(rs.getString("model_code"), rs.getString("trim_code"),
						rs.getString("exterior_colour_code"), rs.getString("interior_colour_code")),
				FactoryOrder.Status.valueOf(rs.getString("status")), rs.getObject("stock_vehicle_id", UUID.class),
				rs.getTimestamp("raised_at").toInstant(), closed == null ? null : closed.toInstant(),
				rs.getLong("version"));
	}

}
