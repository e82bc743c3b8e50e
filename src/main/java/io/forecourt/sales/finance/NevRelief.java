package io.forecourt.sales.finance;

/** What a purchase tax rule takes off for a new-energy vehicle. */
public enum NevRelief {

	/** New-energy vehicles pay the full tax. */
	NONE,

	/** 免征: the tax is waived, up to the rule's cap. */
	EXEMPT,

	/** 减半征收: half the tax is waived, up to the rule's cap. */
	HALF

}
