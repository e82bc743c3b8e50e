package io.forecourt.sales.orders;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.jdbc.Where;
import io.forecourt.kernel.tenancy.ScopePredicate;
import io.forecourt.kernel.web.ETags;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.sales.PriceLine;
import io.forecourt.sales.PriceLineKind;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sales_orders table with its lines and steps. */
@Repository
class SalesOrders {

	static final String RESOURCE = "order";

	private final JdbcClient jdbc;

	SalesOrders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(SalesOrder order, Instant now) {
		if (!insertUnlessTaken(order, now)) {
			throw new IllegalStateException("Order " + order.id() + " collides with an existing order");
		}
	}

	/**
	 * Writes a new order with its lines and steps unless a unique key is taken (its
	 * source and reference, or its deposit payment): then nothing is written. ON CONFLICT
	 * rather than catching the violation, because on PostgreSQL a failed statement dooms
	 * the whole transaction; a concurrent insert of the same key waits for the first to
	 * commit and then skips.
	 * @return whether it was written
	 */
	boolean insertUnlessTaken(SalesOrder order, Instant now) {
		try {
			if (insertRow(order, now) != 1) {
				return false;
			}
		}
		catch (DuplicateKeyException ex) {
			// H2 may report a concurrent insert of the key instead of skipping it
			return false;
		}
		SalesOrder.Snapshot car = order.car();
		int position = 0;
		for (PriceLine line : car.lines()) {
			this.jdbc.sql("""
					INSERT INTO sales_order_lines (order_id, position, kind, code, name_zh, name_en, msrp, dealer_price,
					    included_in)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
				.params(order.id(), position++, line.kind().name(), line.code(), line.nameZh(), line.nameEn(),
						line.msrp(), line.dealerPrice(), line.includedIn())
				.update();
		}
		insertSteps(order);
		return true;
	}

	private int insertRow(SalesOrder order, Instant now) {
		SalesOrder.Snapshot car = order.car();
		return this.jdbc.sql("""
				INSERT INTO sales_orders (id, configuration_code, model_code, trim_code, exterior_colour_code,
				    interior_colour_code, name_zh, name_en, total, deposit_amount, customer_id, buyer_first_name,
				    lead_id, dealer_id, consultant_id, status, deposit_payment_id, deposit_paid, progress_token,
				    placed_at, created_by, source, source_reference, quote_id, updated_at, version)
				VALUES (:id, :code, :model, :trim, :exterior, :interior, :nameZh, :nameEn, :total, :deposit, :customer,
				    :firstName, :lead, :dealer, :consultant, :status, :payment, :paid, :token, :placedAt, :createdBy,
				    :source, :sourceReference, :quote, :now, 0)
				ON CONFLICT DO NOTHING
				""")
			.param("id", order.id())
			.param("code", car.configurationCode())
			.param("model", car.modelCode())
			.param("trim", car.trimCode())
			.param("exterior", car.exteriorColourCode())
			.param("interior", car.interiorColourCode())
			.param("nameZh", car.nameZh())
			.param("nameEn", car.nameEn())
			.param("total", car.total())
			.param("deposit", order.depositAmount())
			.param("customer", order.customerId())
			.param("firstName", order.buyerFirstName())
			.param("lead", order.leadId())
			.param("dealer", order.dealerId())
			.param("consultant", order.consultantId())
			.param("status", order.status().name())
			.param("payment", order.depositPaymentId())
			.param("paid", order.depositPaid())
			.param("token", order.progressToken())
			.param("placedAt", Timestamp.from(order.placedAt()))
			.param("createdBy", order.createdBy())
			.param("source", order.origin().source())
			.param("sourceReference", order.origin().sourceReference())
			.param("quote", order.origin().quoteId())
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Writes the order's new state over the version it was loaded at, with its new steps.
	 * @throws io.forecourt.kernel.web.ProblemException precondition failed if it changed
	 * in between
	 */
	void update(SalesOrder order, Instant now) {
		int updated = this.jdbc.sql("""
				UPDATE sales_orders SET status = :status, deposit_payment_id = :payment, deposit_paid = :paid,
				    vin = :vin, stock_vehicle_id = :vehicle, factory_order_id = :factoryOrder,
				    cancel_reason = :reason, refunded = :refunded, forfeited = :forfeited, updated_at = :now,
				    version = version + 1
				WHERE id = :id AND version = :version
				""")
			.param("status", order.status().name())
			.param("payment", order.depositPaymentId())
			.param("paid", order.depositPaid())
			.param("vin", order.vin())
			.param("vehicle", order.stockVehicleId())
			.param("factoryOrder", order.factoryOrderId())
			.param("reason", order.cancelReason() == null ? null : order.cancelReason().name())
			.param("refunded", order.refunded())
			.param("forfeited", order.forfeited())
			.param("now", Timestamp.from(now))
			.param("id", order.id())
			.param("version", order.version())
			.update();
		if (updated != 1) {
			throw ETags.stale(RESOURCE, order.id());
		}
		insertSteps(order);
	}

	/** The order if the scope covers it, locked until the transaction ends. */
	Optional<SalesOrder> lockVisible(UUID id, ScopePredicate scope) {
		return one("SELECT * FROM sales_orders o WHERE o.id = :id AND " + scope.sql() + " FOR UPDATE", id, scope);
	}

	/** The order whatever the scope, locked (listeners act as the system). */
	Optional<SalesOrder> lock(UUID id) {
		return one("SELECT * FROM sales_orders o WHERE o.id = :id FOR UPDATE", id,
				new ScopePredicate("1=1", java.util.Map.of()));
	}

	Optional<SalesOrder> findVisible(UUID id, ScopePredicate scope) {
		return one("SELECT * FROM sales_orders o WHERE o.id = :id AND " + scope.sql(), id, scope);
	}

	Optional<SalesOrder> findByProgressToken(String token) {
		return this.jdbc.sql("SELECT * FROM sales_orders o WHERE o.progress_token = :token")
			.param("token", token)
			.query((rs, n) -> order(rs, lines(rs.getObject("id", UUID.class))))
			.optional();
	}

	/** The order a source placed for its record, whatever the scope. */
	Optional<SalesOrder> findBySource(String source, UUID reference) {
		return this.jdbc.sql("SELECT id FROM sales_orders WHERE source = ? AND source_reference = ?")
			.params(source, reference)
			.query(UUID.class)
			.optional()
			.flatMap(this::find);
	}

	/** The order whose deposit this payment is, whatever the scope. */
	Optional<UUID> findByDepositPayment(UUID paymentId) {
		return this.jdbc.sql("SELECT id FROM sales_orders WHERE deposit_payment_id = ?")
			.param(paymentId)
			.query(UUID.class)
			.optional();
	}

	private Optional<SalesOrder> find(UUID id) {
		return one("SELECT * FROM sales_orders o WHERE o.id = :id", id, new ScopePredicate("1=1", java.util.Map.of()));
	}

	boolean exists(UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM sales_orders WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

	/**
	 * Oldest first; steps of one moment (a car from stock is allocated and there at once)
	 * in the order of the path.
	 */
	List<SalesOrder.Step> steps(UUID orderId) {
		return this.jdbc.sql("SELECT * FROM sales_order_steps WHERE order_id = ?")
			.param(orderId)
			.query((rs, n) -> new SalesOrder.Step(OrderStatus.valueOf(rs.getString("status")),
					rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("note")))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(SalesOrder.Step::at).thenComparing(step -> step.status().ordinal()))
			.toList();
	}

	/** Orders matching the clause, latest first, without their lines. */
	List<SalesOrder> find(Where where, PageRequest page) {
		return this.jdbc
			.sql("SELECT * FROM sales_orders o WHERE " + where.sql()
					+ " ORDER BY o.placed_at DESC, o.id LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> order(rs, List.of()))
			.list();
	}

	long count(Where where) {
		return this.jdbc.sql("SELECT count(*) FROM sales_orders o WHERE " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	private Optional<SalesOrder> one(String sql, UUID id, ScopePredicate scope) {
		Optional<SalesOrder> head = this.jdbc.sql(sql)
			.params(scope.params())
			.param("id", id)
			.query((rs, n) -> order(rs, List.of()))
			.optional();
		return head.map(order -> withLines(order, lines(order.id())));
	}

	private List<PriceLine> lines(UUID orderId) {
		return this.jdbc.sql("SELECT * FROM sales_order_lines WHERE order_id = ? ORDER BY position")
			.param(orderId)
			.query((rs, n) -> new PriceLine(PriceLineKind.valueOf(rs.getString("kind")), rs.getString("code"),
					rs.getString("name_zh"), rs.getString("name_en"), rs.getBigDecimal("msrp"),
					rs.getBigDecimal("dealer_price"), rs.getString("included_in")))
			.list();
	}

	private void insertSteps(SalesOrder order) {
		for (SalesOrder.Step step : order.newSteps()) {
			this.jdbc
				.sql("INSERT INTO sales_order_steps (id, order_id, status, at, actor, note) VALUES (?, ?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), order.id(), step.status().name(), Timestamp.from(step.at()),
						cut(step.actor(), 200), step.note() == null ? null : cut(step.note(), 500))
				.update();
		}
	}

	private static SalesOrder withLines(SalesOrder order, List<PriceLine> lines) {
		SalesOrder.Snapshot car = order.car();
		return new SalesOrder(order.id(),
				new SalesOrder.Snapshot(car.configurationCode(), car.modelCode(), car.trimCode(),
						car.exteriorColourCode(), car.interiorColourCode(), car.nameZh(), car.nameEn(), car.total(),
						lines),
				order.depositAmount(), order.customerId(), order.buyerFirstName(), order.leadId(), order.dealerId(),
				order.consultantId(), order.progressToken(), order.placedAt(), order.createdBy(), order.version(),
				order.origin(),
				new SalesOrder.State(order.status(), order.depositPaymentId(), order.depositPaid(), order.vin(),
						order.stockVehicleId(), order.factoryOrderId(), order.cancelReason(), order.refunded(),
						order.forfeited()));
	}

	private static SalesOrder order(ResultSet rs, List<PriceLine> lines) throws SQLException {
		String reason = rs.getString("cancel_reason");
		return new SalesOrder(rs.getObject("id", UUID.class),
				new SalesOrder.Snapshot(rs.getString("configuration_code"), rs.getString("model_code"),
						rs.getString("trim_code"), rs.getString("exterior_colour_code"),
						rs.getString("interior_colour_code"), rs.getString("name_zh"), rs.getString("name_en"),
						rs.getBigDecimal("total"), lines),
				rs.getBigDecimal("deposit_amount"), rs.getObject("customer_id", UUID.class),
				rs.getString("buyer_first_name"), rs.getObject("lead_id", UUID.class),
				rs.getObject("dealer_id", UUID.class), rs.getObject("consultant_id", UUID.class),
				rs.getString("progress_token"), rs.getTimestamp("placed_at").toInstant(), rs.getString("created_by"),
				rs.getLong("version"),
				new SalesOrder.Origin(rs.getString("source"), rs.getObject("source_reference", UUID.class),
						rs.getObject("quote_id", UUID.class)),
				new SalesOrder.State(OrderStatus.valueOf(rs.getString("status")),
						rs.getObject("deposit_payment_id", UUID.class), amount(rs, "deposit_paid"), rs.getString("vin"),
						rs.getObject("stock_vehicle_id", UUID.class), rs.getObject("factory_order_id", UUID.class),
						reason == null ? null : CancelReason.valueOf(reason), amount(rs, "refunded"),
						amount(rs, "forfeited")));
	}

	private static @Nullable BigDecimal amount(ResultSet rs, String column) throws SQLException {
		return rs.getBigDecimal(column);
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
