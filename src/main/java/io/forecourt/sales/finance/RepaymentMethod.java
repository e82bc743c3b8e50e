package io.forecourt.sales.finance;

/**
 * How a financed amount is paid back. All four pay monthly in arrears (at the end of each
 * month) at a monthly rate of annual rate / 12.
 */
public enum RepaymentMethod {

	/** 等额本息: the same payment every month; the interest share falls over time. */
	EQUAL_INSTALLMENT,

	/** 等额本金: the same principal every month plus that month's interest. */
	EQUAL_PRINCIPAL,

	/**
	 * 尾款贷: equal monthly payments that amortise all but the balloon and pay interest on
	 * the whole balance, then the balloon in one payment with the last month.
	 */
	BALLOON,

	/**
	 * 融资租赁 / 以租代购: equal monthly rents computed so that the residual value remains at the
	 * end, then paid to take title (留购). The arithmetic is the balloon's; the residual is
	 * usually a percentage of the vehicle price.
	 */
	LEASE_WITH_RESIDUAL;

	/** Whether the method leaves an amount (balloon or residual) to pay at the end. */
	public boolean hasFinalPayment() {
		return this == BALLOON || this == LEASE_WITH_RESIDUAL;
	}

}
