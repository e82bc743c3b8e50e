package io.forecourt.sales.orders;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The deposit rule of each state: refunded before the contract, forfeited after unless
 * the dealer fails.
 */
class CancellationPolicyTests {

	private static final BigDecimal PAID = new BigDecimal("5000.00");

	@ParameterizedTest
	@EnumSource(value = OrderStatus.class, names = { "CREATED", "DEPOSIT_PAID" })
	void beforeTheContractTheDepositIsRefundedInFullWhoeverCancels(OrderStatus status) {
		for (CancelReason reason : CancelReason.values()) {
			CancellationPolicy.Refund refund = CancellationPolicy.refundFor(status, reason, PAID);
			assertThat(refund.refund()).isEqualByComparingTo(PAID);
			assertThat(refund.forfeited()).isZero();
			assertThat(refund.rule()).isEqualTo(CancellationPolicy.Rule.BEFORE_CONTRACT_REFUNDED);
		}
	}

	@ParameterizedTest
	@EnumSource(value = OrderStatus.class,
			names = { "CONTRACT_SIGNED", "VIN_ALLOCATED", "IN_TRANSIT", "ARRIVED", "PDI_DONE" })
	void afterTheContractABuyerWhoWithdrawsForfeitsTheDeposit(OrderStatus status) {
		CancellationPolicy.Refund refund = CancellationPolicy.refundFor(status, CancelReason.BUYER_WITHDREW, PAID);
		assertThat(refund.refund()).isZero();
		assertThat(refund.forfeited()).isEqualByComparingTo(PAID);
		assertThat(refund.rule()).isEqualTo(CancellationPolicy.Rule.AFTER_CONTRACT_FORFEITED);
	}

	@ParameterizedTest
	@EnumSource(value = OrderStatus.class,
			names = { "CONTRACT_SIGNED", "VIN_ALLOCATED", "IN_TRANSIT", "ARRIVED", "PDI_DONE" })
	void afterTheContractTheDealersFailureRefundsInFull(OrderStatus status) {
		for (CancelReason reason : new CancelReason[] { CancelReason.DEALER_CANNOT_SUPPLY,
				CancelReason.DEALER_CANCELLED }) {
			CancellationPolicy.Refund refund = CancellationPolicy.refundFor(status, reason, PAID);
			assertThat(refund.refund()).isEqualByComparingTo(PAID);
			assertThat(refund.forfeited()).isZero();
			assertThat(refund.rule()).isEqualTo(CancellationPolicy.Rule.DEALER_FAULT_REFUNDED);
		}
	}

	@Test
	void nothingPaidNothingRefunded() {
		CancellationPolicy.Refund refund = CancellationPolicy.refundFor(OrderStatus.CREATED,
				CancelReason.DEPOSIT_NOT_PAID, BigDecimal.ZERO);
		assertThat(refund.refund()).isZero();
		assertThat(refund.forfeited()).isZero();
		assertThat(refund.rule()).isEqualTo(CancellationPolicy.Rule.NOTHING_PAID);
	}

	@ParameterizedTest
	@EnumSource(value = OrderStatus.class, names = { "DELIVERED", "CANCELLED" })
	void finalOrdersAreNotCancelled(OrderStatus status) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CancellationPolicy.refundFor(status, CancelReason.BUYER_WITHDREW, PAID));
	}

}
