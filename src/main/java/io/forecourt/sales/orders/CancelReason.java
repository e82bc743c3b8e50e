package io.forecourt.sales.orders;

/**
 * Why an order is cancelled; with the state it is cancelled in, it decides the refund
 * (see {@link CancellationPolicy}).
 */
public enum CancelReason {

	/** The buyer withdrew. */
	BUYER_WITHDREW(false),

	/** The dealer cannot supply the car (no stock, factory cannot build it). */
	DEALER_CANNOT_SUPPLY(true),

	/** The dealer called the sale off for reasons of its own. */
	DEALER_CANCELLED(true),

	/** The deposit was never paid. */
	DEPOSIT_NOT_PAID(false);

	private final boolean dealersFault;

	CancelReason(boolean dealersFault) {
		this.dealersFault = dealersFault;
	}

	/**
	 * Whether the sale fails on the dealer's side, so the buyer never loses the deposit.
	 */
	public boolean dealersFault() {
		return this.dealersFault;
	}

}
