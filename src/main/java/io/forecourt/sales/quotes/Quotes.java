package io.forecourt.sales.quotes;

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
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sales_quotes table; reads take the caller's scope on {@code q.dealer_id}. */
@Repository
class Quotes {

	private final JdbcClient jdbc;

	Quotes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Quote q) {
		FinancePlan f = q.finance();
		this.jdbc
			.sql("""
					INSERT INTO sales_quotes (id, number, dealer_id, consultant_id, created_by, customer_id, lead_id,
					    configuration_code, model_code, trim_code, vehicle_name_zh, vehicle_name_en, powertrain, msrp,
					    discount, discount_reason, invoice_price, purchase_tax, purchase_tax_note, registration_city,
					    registration_fee, seats, insurance, trade_in_allowance, trade_in_description, on_the_road_price,
					    amount_due, finance_product, finance_down_payment, finance_term_months, finance_annual_rate,
					    finance_final_payment, finance_fees, finance_fee_treatment, finance_first_payment, finance_total_interest, status,
					    decided_by, decided_at, decision_note, valid_until, created_at, version)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
					    ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
					""")
			.params(q.id(), q.number(), q.dealerId(), q.consultantId(), q.createdBy(), q.customerId(), q.leadId(),
					q.configurationCode(), q.modelCode(), q.trimCode(), q.vehicleNameZh(), q.vehicleNameEn(),
					q.powertrain(), q.msrp(), q.discount(), q.discountReason(), q.invoicePrice(), q.purchaseTax(),
					q.purchaseTaxNote(), q.registrationCity(), q.registrationFee(), q.seats(), q.insurance(),
					q.tradeInAllowance(), q.tradeInDescription(), q.onTheRoadPrice(), q.amountDue(),
					f == null ? null : f.method(), f == null ? null : f.downPayment(),
					f == null ? null : f.termMonths(), f == null ? null : f.annualRatePercent(),
					f == null ? null : f.finalPayment(), f == null ? null : f.fees(),
					f == null ? null : f.feeTreatment(), f == null ? null : f.firstPayment(),
					f == null ? null : f.totalInterest(), q.status().name(), q.decidedBy(),
					q.decidedAt() == null ? null : Timestamp.from(q.decidedAt()), q.decisionNote(),
					Timestamp.from(q.validUntil()), Timestamp.from(q.createdAt()))
			.update();
	}

	boolean numberTaken(String number) {
		return this.jdbc.sql("SELECT count(*) FROM sales_quotes WHERE number = ?")
			.param(number)
			.query(Long.class)
			.single() > 0;
	}

	Optional<Quote> findVisible(UUID id, ScopePredicate scope) {
		return this.jdbc.sql("SELECT * FROM sales_quotes q WHERE q.id = :id AND " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query((rs, n) -> quote(rs))
			.optional();
	}

	/** The quote if the scope covers its dealer, locked until the transaction ends. */
	Optional<Quote> lockVisible(UUID id, ScopePredicate scope) {
		return this.jdbc.sql("SELECT * FROM sales_quotes q WHERE q.id = :id AND " + scope.sql() + " FOR UPDATE")
			.params(scope.params())
			.param("id", id)
			.query((rs, n) -> quote(rs))
			.optional();
	}

	boolean exists(UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM sales_quotes WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

	/**
	 * Records the manager's decision on a quote waiting for one.
	 * @return whether it was still waiting
	 */
	boolean decide(UUID id, QuoteStatus decision, String by, Instant at, @Nullable String note) {
		return this.jdbc.sql("""
				UPDATE sales_quotes SET status = ?, decided_by = ?, decided_at = ?, decision_note = ?,
				    version = version + 1
				WHERE id = ? AND status = 'PENDING_APPROVAL'
				""").params(decision.name(), by, Timestamp.from(at), note, id).update() == 1;
	}

	/**
	 * Records the order placed from an issued quote.
	 * @return whether it was still issued and unordered
	 */
	boolean markOrdered(UUID id, UUID orderId) {
		return this.jdbc.sql("""
				UPDATE sales_quotes SET status = 'ORDERED', order_id = ?, version = version + 1
				WHERE id = ? AND status = 'ISSUED' AND order_id IS NULL
				""").params(orderId, id).update() == 1;
	}

	long count(Where where) {
		return this.jdbc.sql("SELECT count(*) FROM sales_quotes q WHERE " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	/** Newest first; the approval queue asks for oldest first. */
	List<Quote> find(Where where, PageRequest page, boolean oldestFirst) {
		return this.jdbc
			.sql("SELECT * FROM sales_quotes q WHERE " + where.sql() + " ORDER BY q.created_at "
					+ (oldestFirst ? "ASC" : "DESC") + ", q.id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
			.params(where.params())
			.param("offset", page.offset())
			.param("size", page.size())
			.query((rs, n) -> quote(rs))
			.list();
	}

	private static Quote quote(ResultSet rs) throws SQLException {
		String product = rs.getString("finance_product");
		FinancePlan finance = product == null ? null
				: new FinancePlan(product, rs.getBigDecimal("finance_down_payment"), rs.getInt("finance_term_months"),
						rs.getBigDecimal("finance_annual_rate"), rs.getBigDecimal("finance_final_payment"),
						rs.getBigDecimal("finance_fees"), rs.getString("finance_fee_treatment"),
						rs.getBigDecimal("finance_first_payment"), rs.getBigDecimal("finance_total_interest"));
		Timestamp decidedAt = rs.getTimestamp("decided_at");
		return new Quote(rs.getObject("id", UUID.class), rs.getString("number"), rs.getObject("dealer_id", UUID.class),
				rs.getObject("consultant_id", UUID.class), rs.getString("created_by"),
				rs.getObject("customer_id", UUID.class), rs.getObject("lead_id", UUID.class),
				rs.getString("configuration_code"), rs.getString("model_code"), rs.getString("trim_code"),
				rs.getString("vehicle_name_zh"), rs.getString("vehicle_name_en"), rs.getString("powertrain"),
				rs.getBigDecimal("msrp"), rs.getBigDecimal("discount"), rs.getString("discount_reason"),
				rs.getBigDecimal("invoice_price"), rs.getBigDecimal("purchase_tax"), rs.getString("purchase_tax_note"),
				rs.getString("registration_city"), rs.getBigDecimal("registration_fee"), rs.getInt("seats"),
				rs.getBigDecimal("insurance"), rs.getBigDecimal("trade_in_allowance"),
				rs.getString("trade_in_description"), rs.getBigDecimal("on_the_road_price"),
				rs.getBigDecimal("amount_due"), finance, QuoteStatus.valueOf(rs.getString("status")),
				rs.getString("decided_by"), decidedAt == null ? null : decidedAt.toInstant(),
				rs.getString("decision_note"), rs.getTimestamp("valid_until").toInstant(),
				rs.getTimestamp("created_at").toInstant(), rs.getObject("order_id", UUID.class), rs.getLong("version"));
	}

}
