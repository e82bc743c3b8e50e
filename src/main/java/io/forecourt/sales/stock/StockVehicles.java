package io.forecourt.sales.stock;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.forecourt.kernel.jdbc.Where;
import io.forecourt.kernel.tenancy.ScopePredicate;
import io.forecourt.kernel.vehicle.Vin;
import io.forecourt.kernel.web.PageRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.springframework.util.function.SingletonSupplier;

/**
 * The stock_vehicles table. Every change is a conditional UPDATE on the status (and, for
 * changes a person makes, the version) it starts from and answers how many rows it
 * changed: the database, not this JVM, decides which of two racing changes wins.
 */
@Repository
public class StockVehicles {

	private static final String COLUMNS = "v.id, v.vin, v.dealer_id, v.model_code, v.trim_code,"
			+ " v.exterior_colour_code, v.interior_colour_code, v.model_year, v.status, v.eta, v.arrived_at,"
			+ " v.order_id, v.factory_order_id, v.allocated_at, v.delivered_at, v.registered_at, v.version";

	/** In stock first, oldest arrival first; then in transit, soonest ETA first. */
	static final String STOCK_ORDER = " ORDER BY CASE WHEN v.arrived_at IS NULL THEN 1 ELSE 0 END, v.arrived_at,"
			+ " v.eta, v.registered_at, v.id";

	private final JdbcClient jdbc;

	/** Whether the database is PostgreSQL, asked once. */
	private final Supplier<Boolean> postgres;

	StockVehicles(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.postgres = SingletonSupplier.of(() -> isPostgres(dataSource));
	}

	/**
	 * Asked on the caller's own connection when a transaction holds one: the first ask
	 * can come from many racing allocations at once, and a second connection each from a
	 * pool they already exhaust would never come.
	 */
	private static boolean isPostgres(DataSource dataSource) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot tell which database this is", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	void insert(StockVehicle v) {
		this.jdbc.sql("""
				INSERT INTO stock_vehicles (id, vin, dealer_id, model_code, trim_code, exterior_colour_code,
				    interior_colour_code, model_year, status, eta, arrived_at, order_id, factory_order_id,
				    allocated_at, delivered_at, registered_at, version)
				VALUES (:id, :vin, :dealer, :model, :trim, :exterior, :interior, :modelYear, :status, :eta,
				    :arrivedAt, :orderId, :factoryOrderId, :allocatedAt, :deliveredAt, :registeredAt, :version)
				""")
			.param("id", v.id())
			.param("vin", v.vin().value())
			.param("dealer", v.dealerId())
			.param("model", v.spec().modelCode())
			.param("trim", v.spec().trimCode())
			.param("exterior", v.spec().exteriorColourCode())
			.param("interior", v.spec().interiorColourCode())
			.param("modelYear", v.modelYear())
			.param("status", v.status().name())
			.param("eta", v.eta())
			.param("arrivedAt", timestamp(v.arrivedAt()))
			.param("orderId", v.orderId())
			.param("factoryOrderId", v.factoryOrderId())
			.param("allocatedAt", timestamp(v.allocatedAt()))
			.param("deliveredAt", timestamp(v.deliveredAt()))
			.param("registeredAt", Timestamp.from(v.registeredAt()))
			.param("version", v.version())
			.update();
	}

	Optional<StockVehicle> findAnyById(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM stock_vehicles v WHERE v.id = ?")
			.param(id)
			.query((rs, n) -> vehicle(rs))
			.optional();
	}

	Optional<StockVehicle> findVisible(UUID id, ScopePredicate scope) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM stock_vehicles v WHERE v.id = :id AND " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query((rs, n) -> vehicle(rs))
			.optional();
	}

	Optional<StockVehicle> findVisibleByVin(Vin vin, ScopePredicate scope) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM stock_vehicles v WHERE v.vin = :vin AND " + scope.sql())
			.params(scope.params())
			.param("vin", vin.value())
			.query((rs, n) -> vehicle(rs))
			.optional();
	}

	Optional<UUID> idOfVin(Vin vin) {
		return this.jdbc.sql("SELECT id FROM stock_vehicles WHERE vin = ?")
			.param(vin.value())
			.query(UUID.class)
			.optional();
	}

	Optional<StockVehicle> findByOrder(UUID orderId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM stock_vehicles v WHERE v.order_id = ?")
			.param(orderId)
			.query((rs, n) -> vehicle(rs))
			.optional();
	}

	long count(Where where) {
		return this.jdbc.sql("SELECT count(*) FROM stock_vehicles v WHERE " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	List<StockVehicle> find(Where where, PageRequest page) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM stock_vehicles v WHERE " + where.sql() + STOCK_ORDER
					+ " OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
			.params(where.params())
			.param("offset", page.offset())
			.param("size", page.size())
			.query((rs, n) -> vehicle(rs))
			.list();
	}

	/**
	 * How many cars standing at the dealer (arrived, not delivered) fall in each ageing
	 * band, among those the condition keeps.
	 */
	Map<AgeingBucket, Long> countByAgeing(Supplier<Where> where, StockCalendar calendar) {
		Map<AgeingBucket, Long> counts = new EnumMap<>(AgeingBucket.class);
		for (AgeingBucket bucket : AgeingBucket.values()) {
			// a fresh condition each time: Where collects what is added to it
			Where inBucket = ageing(where.get(), bucket, calendar, "b");
			counts.put(bucket, count(inBucket));
		}
		return counts;
	}

	/** Adds the condition that the car stands at its dealer in the ageing band. */
	static Where ageing(Where where, AgeingBucket bucket, StockCalendar calendar, String prefix) {
		StockCalendar.ArrivalWindow window = calendar.arrivedBetweenDays(bucket.minDays(), bucket.maxDays());
		return where.and("v.arrived_at IS NOT NULL AND v.status <> 'DELIVERED'")
			.and("v.arrived_at < :" + prefix + "Until", prefix + "Until", Timestamp.from(window.until()))
			.and("v.arrived_at >= :" + prefix + "From", prefix + "From",
					window.from() == null ? null : Timestamp.from(window.from()));
	}

	/**
	 * The dealer's free cars for the spec, best first: in stock first (oldest arrival
	 * first, to cut ageing), then in transit (soonest ETA).
	 * <p>
	 * On PostgreSQL only the best car is returned, locked for this transaction, skipping
	 * cars other transactions have locked: racing allocations each take a different car
	 * instead of queueing on one. H2 applies the row limit before skipping locked rows
	 * (it would answer "none" while free cars remain), so there the candidates come
	 * unlocked and {@link #take}'s conditional update alone decides.
	 */
	List<StockVehicle> bestFree(UUID dealerId, VehicleSpec spec) {
		String lock = this.postgres.get() ? " FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED"
				: " FETCH FIRST 50 ROWS ONLY";
		return this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM stock_vehicles v
				WHERE v.dealer_id = :dealer AND v.model_code = :model AND v.trim_code = :trim
				  AND v.exterior_colour_code = :exterior AND v.interior_colour_code = :interior
				  AND v.status IN ('IN_STOCK', 'IN_TRANSIT') AND v.order_id IS NULL
				""" + STOCK_ORDER + lock)
			.param("dealer", dealerId)
			.param("model", spec.modelCode())
			.param("trim", spec.trimCode())
			.param("exterior", spec.exteriorColourCode())
			.param("interior", spec.interiorColourCode())
			.query((rs, n) -> vehicle(rs))
			.list();
	}

	/**
	 * Allocates a free car to the order. The WHERE clause is the guarantee: 0 rows when
	 * another order took it first.
	 */
	int take(UUID id, UUID orderId, Instant now) {
		return this.jdbc.sql("""
				UPDATE stock_vehicles SET status = 'ALLOCATED', order_id = :order, allocated_at = :now,
				    version = version + 1
				WHERE id = :id AND status IN ('IN_STOCK', 'IN_TRANSIT') AND order_id IS NULL
				""").param("id", id).param("order", orderId).param("now", Timestamp.from(now)).update();
	}

	/** Returns the order's (undelivered) car to free stock. */
	int release(UUID orderId) {
		return this.jdbc.sql("""
				UPDATE stock_vehicles
				SET status = CASE WHEN arrived_at IS NULL THEN 'IN_TRANSIT' ELSE 'IN_STOCK' END,
				    order_id = NULL, allocated_at = NULL, version = version + 1
				WHERE order_id = :order AND status = 'ALLOCATED'
				""").param("order", orderId).update();
	}

	int arrive(UUID id, long version, Instant at) {
		return this.jdbc.sql("""
				UPDATE stock_vehicles
				SET arrived_at = :at, eta = NULL, version = version + 1,
				    status = CASE WHEN status = 'IN_TRANSIT' THEN 'IN_STOCK' ELSE status END
				WHERE id = :id AND version = :version AND arrived_at IS NULL
				  AND status IN ('IN_TRANSIT', 'ALLOCATED')
				""").param("id", id).param("version", version).param("at", Timestamp.from(at)).update();
	}

	int changeEta(UUID id, long version, LocalDate eta) {
		return this.jdbc.sql("""
				UPDATE stock_vehicles SET eta = :eta, version = version + 1
				WHERE id = :id AND version = :version AND arrived_at IS NULL
				""").param("id", id).param("version", version).param("eta", eta).update();
	}

	int changeStatus(UUID id, long version, StockStatus from, StockStatus to) {
		return this.jdbc.sql("""
				UPDATE stock_vehicles SET status = :to, version = version + 1
				WHERE id = :id AND version = :version AND status = :from
				""")
			.param("id", id)
			.param("version", version)
			.param("from", from.name())
			.param("to", to.name())
			.update();
	}

	int deliver(UUID orderId, Instant at) {
		return this.jdbc.sql("""
				UPDATE stock_vehicles SET status = 'DELIVERED', delivered_at = :at, version = version + 1
				WHERE order_id = :order AND status = 'ALLOCATED' AND arrived_at IS NOT NULL
				""").param("order", orderId).param("at", Timestamp.from(at)).update();
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	static StockVehicle vehicle(ResultSet rs) throws SQLException {
		return new StockVehicle(rs.getObject("id", UUID.class), new Vin(rs.getString("vin")),
				rs.getObject("dealer_id", UUID.class),
				new VehicleSpec(rs.getString("model_code"), rs.getString("trim_code"),
						rs.getString("exterior_colour_code"), rs.getString("interior_colour_code")),
				rs.getObject("model_year", Integer.class), StockStatus.valueOf(rs.getString("status")),
				rs.getObject("eta", LocalDate.class), instant(rs, "arrived_at"), rs.getObject("order_id", UUID.class),
				rs.getObject("factory_order_id", UUID.class), instant(rs, "allocated_at"), instant(rs, "delivered_at"),
				rs.getTimestamp("registered_at").toInstant(), rs.getLong("version"));
	}

}
