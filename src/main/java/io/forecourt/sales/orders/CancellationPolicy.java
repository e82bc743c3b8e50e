package io.forecourt.sales.orders;

import java.math.BigDecimal;

/**
 * What happens to a paid deposit when an order is cancelled (定金罚则, PRC Civil Code art.
 * 586–587, as dealers apply it to car sales):
 * <ul>
 * <li>before the contract is signed (CREATED, DEPOSIT_PAID) the deposit is an intention
 * payment (意向金) and is refunded in full, whoever cancels;</li>
 * <li>once the contract is signed (CONTRACT_SIGNED up to PDI_DONE) a buyer who withdraws
 * forfeits the deposit; when the dealer cannot supply or calls the sale off, the deposit
 * is refunded in full (any penalty the dealer owes on top, up to the deposit again, is
 * settled outside Forecourt);</li>
 * <li>a delivered order cannot be cancelled (that is a return, not a cancellation).</li>
 * </ul>
 * A deposit that arrives after the order was cancelled is always refunded in full.
 */
public final class CancellationPolicy {

	private CancellationPolicy() {
	}

	/**
	 * The refund of a paid deposit.
	 * @param status the state the order is cancelled in
	 * @param paid what the buyer paid and has not been refunded yet
	 */
	public static Refund refundFor(OrderStatus status, CancelReason reason, BigDecimal paid) {
		if (status.isFinal()) {
			throw new IllegalArgumentException("A " + status + " order is not cancelled");
		}
		if (paid.signum() == 0) {
			return new Refund(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), Rule.NOTHING_PAID);
		}
		if (!status.contractSigned()) {
			return new Refund(paid, BigDecimal.ZERO.setScale(2), Rule.BEFORE_CONTRACT_REFUNDED);
		}
		if (reason.dealersFault()) {
			return new Refund(paid, BigDecimal.ZERO.setScale(2), Rule.DEALER_FAULT_REFUNDED);
		}
		return new Refund(BigDecimal.ZERO.setScale(2), paid, Rule.AFTER_CONTRACT_FORFEITED);
	}

	/** Which rule applied: a code the console and the API show. */
	public enum Rule {

		NOTHING_PAID, BEFORE_CONTRACT_REFUNDED, DEALER_FAULT_REFUNDED, AFTER_CONTRACT_FORFEITED

	}

	/**
	 * @param refund what goes back to the buyer
	 * @param forfeited what the dealer keeps
	 */
	public record Refund(BigDecimal refund, BigDecimal forfeited, Rule rule) {
	}

}
