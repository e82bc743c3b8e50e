package io.forecourt.sales.payments;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.tenancy.ScopePredicate;
import io.forecourt.sales.PaymentStatus;
import io.forecourt.sales.RefundView;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The payment books: payments, their refunds and the provider callbacks applied. Every
 * state change is a conditional update on a row the caller has locked, so it happens once
 * whatever runs at the same time on other instances.
 */
@Repository
class PaymentRecords {

	private static final String PAYMENT_COLUMNS = """
			id, purpose, reference, customer_id, dealer_id, amount, refunded, currency, description, status, provider,
			provider_reference, checkout_url, idempotency_key, failure_reason, created_at, paid_at, failed_at""";

	private static final String REFUND_COLUMNS = """
			id, payment_id, amount, reason, status, provider_reference, idempotency_key, failure_reason, requested_at,
			completed_at""";

	private final JdbcClient jdbc;

	PaymentRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a new pending payment unless its idempotency key is taken. On PostgreSQL a
	 * concurrent insert of the same key waits for the first to commit and then skips.
	 * @return false if the key was taken
	 */
	boolean insert(StoredPayment payment) {
		try {
			return this.jdbc.sql("INSERT INTO payments (" + PAYMENT_COLUMNS + ") VALUES (:id, :purpose, :reference,"
					+ " :customerId, :dealerId, :amount, :refunded, :currency, :description, :status, :provider,"
					+ " :providerReference, :checkoutUrl, :key, NULL, :createdAt, NULL, NULL) ON CONFLICT DO NOTHING")
				.param("id", payment.id())
				.param("purpose", payment.purpose())
				.param("reference", payment.reference())
				.param("customerId", payment.customerId())
				.param("dealerId", payment.dealerId())
				.param("amount", payment.amount())
				.param("refunded", payment.refunded())
				.param("currency", payment.currency())
				.param("description", payment.description())
				.param("status", payment.status().name())
				.param("provider", payment.provider())
				.param("providerReference", payment.providerReference())
				.param("checkoutUrl", payment.checkoutUrl())
				.param("key", payment.idempotencyKey())
				.param("createdAt", Timestamp.from(payment.createdAt()))
				.update() == 1;
		}
		catch (DuplicateKeyException ex) {
			// H2 may report a concurrent insert of the key instead of skipping it
			return false;
		}
	}

	void attachCheckout(UUID id, String providerReference, @Nullable String checkoutUrl) {
		this.jdbc.sql("UPDATE payments SET provider_reference = ?, checkout_url = ? WHERE id = ?")
			.params(providerReference, checkoutUrl, id)
			.update();
	}

	Optional<StoredPayment> findByKey(String purpose, UUID reference, String key) {
		return this.jdbc
			.sql("SELECT " + PAYMENT_COLUMNS
					+ " FROM payments WHERE purpose = ? AND reference = ? AND idempotency_key = ?")
			.params(purpose, reference, key)
			.query(PaymentRecords::payment)
			.optional();
	}

	Optional<StoredPayment> find(UUID id) {
		return this.jdbc.sql("SELECT " + PAYMENT_COLUMNS + " FROM payments WHERE id = ?")
			.param(id)
			.query(PaymentRecords::payment)
			.optional();
	}

	/** The payment if the scope covers its dealer. */
	Optional<StoredPayment> findVisible(UUID id, ScopePredicate scope) {
		return this.jdbc.sql("SELECT " + PAYMENT_COLUMNS + " FROM payments WHERE id = :id AND " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query(PaymentRecords::payment)
			.optional();
	}

	boolean exists(UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM payments WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

	/** Locks the payment row for the rest of the transaction. */
	Optional<StoredPayment> lock(UUID id) {
		return this.jdbc.sql("SELECT " + PAYMENT_COLUMNS + " FROM payments WHERE id = ? FOR UPDATE")
			.param(id)
			.query(PaymentRecords::payment)
			.optional();
	}

	List<StoredPayment> findFor(String purpose, UUID reference) {
		return this.jdbc
			.sql("SELECT " + PAYMENT_COLUMNS + " FROM payments WHERE purpose = ? AND reference = ?"
					+ " ORDER BY created_at, id")
			.params(purpose, reference)
			.query(PaymentRecords::payment)
			.list();
	}

	/**
	 * Payments still waiting for their outcome that were opened before {@code before},
	 * oldest first.
	 */
	List<StoredPayment> pendingOpenedBefore(Instant before, int limit) {
		return this.jdbc
			.sql("SELECT " + PAYMENT_COLUMNS + " FROM payments WHERE status = 'PENDING' AND created_at < ?"
					+ " ORDER BY created_at, id LIMIT ?")
			.params(Timestamp.from(before), limit)
			.query(PaymentRecords::payment)
			.list();
	}

	/** PENDING to SUCCEEDED; false if it was not pending. */
	boolean markSucceeded(UUID id, Instant paidAt) {
		return this.jdbc
			.sql("UPDATE payments SET status = 'SUCCEEDED', paid_at = ?, checkout_url = NULL"
					+ " WHERE id = ? AND status = 'PENDING'")
			.params(Timestamp.from(paidAt), id)
			.update() == 1;
	}

	/** PENDING to FAILED; false if it was not pending. */
	boolean markFailed(UUID id, String reason, Instant failedAt) {
		return this.jdbc
			.sql("UPDATE payments SET status = 'FAILED', failure_reason = ?, failed_at = ?, checkout_url = NULL"
					+ " WHERE id = ? AND status = 'PENDING'")
			.params(reason, Timestamp.from(failedAt), id)
			.update() == 1;
	}

	/**
	 * Adds a completed refund to the payment's refunded total, never beyond what was
	 * paid; false if it would.
	 */
	boolean addRefunded(UUID id, BigDecimal amount) {
		return this.jdbc
			.sql("UPDATE payments SET refunded = refunded + :amount"
					+ " WHERE id = :id AND status = 'SUCCEEDED' AND refunded + :amount <= amount")
			.param("amount", amount)
			.param("id", id)
			.update() == 1;
	}

	/** What is promised back already: refunds that succeeded or may still succeed. */
	BigDecimal refundsCommitted(UUID paymentId) {
		return this.jdbc
			.sql("SELECT COALESCE(SUM(amount), 0) FROM payment_refunds WHERE payment_id = ?"
					+ " AND status IN ('PENDING', 'SUCCEEDED')")
			.param(paymentId)
			.query(BigDecimal.class)
			.single();
	}

	void insertRefund(StoredRefund refund) {
		this.jdbc
			.sql("INSERT INTO payment_refunds (" + REFUND_COLUMNS + ") VALUES (?, ?, ?, ?, ?, NULL, ?, NULL, ?, NULL)")
			.params(refund.id(), refund.paymentId(), refund.amount(), refund.reason(), refund.status().name(),
					refund.idempotencyKey(), Timestamp.from(refund.requestedAt()))
			.update();
	}

	void attachRefundReference(UUID refundId, String providerReference) {
		this.jdbc.sql("UPDATE payment_refunds SET provider_reference = ? WHERE id = ?")
			.params(providerReference, refundId)
			.update();
	}

	Optional<StoredRefund> findRefundByKey(UUID paymentId, String key) {
		return this.jdbc
			.sql("SELECT " + REFUND_COLUMNS + " FROM payment_refunds WHERE payment_id = ? AND idempotency_key = ?")
			.params(paymentId, key)
			.query(PaymentRecords::refund)
			.optional();
	}

	Optional<StoredRefund> findRefund(UUID refundId) {
		return this.jdbc.sql("SELECT " + REFUND_COLUMNS + " FROM payment_refunds WHERE id = ?")
			.param(refundId)
			.query(PaymentRecords::refund)
			.optional();
	}

	/** Locks the refund row; lock its payment first (the order every writer keeps). */
	Optional<StoredRefund> lockRefund(UUID refundId) {
		return this.jdbc.sql("SELECT " + REFUND_COLUMNS + " FROM payment_refunds WHERE id = ? FOR UPDATE")
			.param(refundId)
			.query(PaymentRecords::refund)
			.optional();
	}

	List<StoredRefund> refundsOf(UUID paymentId) {
		return this.jdbc
			.sql("SELECT " + REFUND_COLUMNS + " FROM payment_refunds WHERE payment_id = ? ORDER BY requested_at, id")
			.param(paymentId)
			.query(PaymentRecords::refund)
			.list();
	}

	/** PENDING to SUCCEEDED or FAILED; false if it was not pending. */
	boolean completeRefund(UUID refundId, RefundView.RefundStatus status, @Nullable String failureReason,
			Instant completedAt) {
		return this.jdbc
			.sql("UPDATE payment_refunds SET status = ?, failure_reason = ?, completed_at = ?"
					+ " WHERE id = ? AND status = 'PENDING'")
			.params(status.name(), failureReason, Timestamp.from(completedAt), refundId)
			.update() == 1;
	}

	/**
	 * Remembers a provider's callback event, in the caller's transaction.
	 * @return false if it was remembered before (a repeat)
	 */
	boolean rememberCallback(String provider, String eventId, String kind, Instant receivedAt) {
		try {
			return this.jdbc
				.sql("INSERT INTO payment_callback_events (provider, event_id, kind, received_at) VALUES (?, ?, ?, ?)"
						+ " ON CONFLICT DO NOTHING")
				.params(provider, eventId, kind, Timestamp.from(receivedAt))
				.update() == 1;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private static StoredPayment payment(ResultSet rs, int row) throws SQLException {
		return new StoredPayment(rs.getObject("id", UUID.class), rs.getString("purpose"),
				rs.getObject("reference", UUID.class), rs.getObject("customer_id", UUID.class),
				rs.getObject("dealer_id", UUID.class), rs.getBigDecimal("amount"), rs.getBigDecimal("refunded"),
				rs.getString("currency"), rs.getString("description"), PaymentStatus.valueOf(rs.getString("status")),
				rs.getString("provider"), rs.getString("provider_reference"), rs.getString("checkout_url"),
				rs.getString("idempotency_key"), rs.getString("failure_reason"), instant(rs, "created_at"),
				nullableInstant(rs, "paid_at"), nullableInstant(rs, "failed_at"));
	}

	private static StoredRefund refund(ResultSet rs, int row) throws SQLException {
		return new StoredRefund(rs.getObject("id", UUID.class), rs.getObject("payment_id", UUID.class),
				rs.getBigDecimal("amount"), rs.getString("reason"),
				RefundView.RefundStatus.valueOf(rs.getString("status")), rs.getString("provider_reference"),
				rs.getString("idempotency_key"), rs.getString("failure_reason"), instant(rs, "requested_at"),
				nullableInstant(rs, "completed_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
