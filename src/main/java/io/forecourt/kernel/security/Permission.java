package io.forecourt.kernel.security;

/**
 * What a role may do, independent of which records it may see. Checked with
 * {@code @PreAuthorize("hasAuthority('PERM_NETWORK_WRITE')")} or
 * {@link ForecourtPrincipal#can(Permission)}.
 */
public enum Permission {

	/** Read regions, dealers and staff within the scope. */
	NETWORK_READ,

	/** Create and change regions and dealers. */
	NETWORK_WRITE,

	/** Create and change staff records within the scope. */
	STAFF_WRITE,

	/** See phone and ID numbers unmasked; every such view is audited. */
	PERSONAL_DATA,

	/** Find customers and read their 360 view, within the scope. */
	CUSTOMER_READ,

	/**
	 * Resolve identifiers to customers (creating them) and change profiles, tags and
	 * consents.
	 */
	CUSTOMER_WRITE,

	/** Merge and unmerge customers, and decide merge suggestions. */
	CUSTOMER_MERGE,

	/**
	 * Erase a person's data on their request (PIPL / GDPR); exporting it needs
	 * {@link #PERSONAL_DATA}.
	 */
	CUSTOMER_ERASE,

	/** Read the audit log. */
	AUDIT_READ,

	/** Manage user accounts and integrator API keys. */
	MANAGE_ACCOUNTS,

	/** Read leads, their grades and explanations, within the scope. */
	LEAD_READ,

	/** Capture, grade, follow up and assign leads, within the scope. */
	LEAD_WRITE,

	/**
	 * Re-assign leads to another consultant of their dealer and set consultants' shares
	 * of new leads (dealer managers, within the scope); HQ also moves leads between
	 * dealers and routes pooled leads.
	 */
	LEAD_ASSIGN,

	/**
	 * Work every lead of the scope, not only one's own: follow up and re-grade any lead,
	 * approve or return defeat proposals, reactivate defeated leads, read the dealer's
	 * lead alerts. Dealer managers and HQ.
	 */
	LEAD_MANAGE,

	/**
	 * Import leads in bulk from CSV files and read the imports' progress and error
	 * reports: network-wide data loads, so HQ and integrators, not dealer staff.
	 */
	LEAD_IMPORT,

	/**
	 * Change the lead scoring rules and grade thresholds: product configuration that
	 * grades every dealer's leads, so HQ only.
	 */
	LEAD_RULES_WRITE,

	/**
	 * Read the sales center within the scope: configurations, quotes, test drives, orders
	 * and stock.
	 */
	SALES_READ,

	/**
	 * Sell within the scope: configure and quote, book and run test drives, create orders
	 * and take deposits. Consultants, managers, and the brand app (an integrator) acting
	 * for a buyer.
	 */
	SALES_WRITE,

	/**
	 * Run a dealer's sales: approve discounts above a consultant's limit, manage the
	 * test-drive fleet and opening hours, stock, and every order of the scope (allocate
	 * VINs, move deliveries on, cancel). Dealer managers and HQ.
	 */
	SALES_MANAGE,

	/**
	 * Change the vehicle catalog (models, trims, colours, options, prices and the rules
	 * between them) and the tax and finance tables quotes use: product data for the whole
	 * network, so HQ only.
	 */
	CATALOG_WRITE,

	/**
	 * Read the service center within the scope: workshops, slots, appointments and dealer
	 * recommendations.
	 */
	SERVICE_READ,

	/**
	 * Book, move, cancel and check in workshop appointments within the scope. Service
	 * advisors, managers, and the brand app (an integrator) acting for an owner.
	 */
	SERVICE_WRITE,

	/**
	 * Run a dealer's workshop: bays, technicians and their skills, service types; HQ also
	 * sets dealers' service ratings. Dealer managers and HQ.
	 */
	SERVICE_MANAGE,

	/**
	 * Read presale campaigns, their reservations and the live launch figures: HQ
	 * marketing and e-commerce.
	 */
	PRESALE_READ,

	/**
	 * Create presale campaigns (quota, window, deposit, limits, regions): a launch is
	 * network-wide, so HQ only.
	 */
	PRESALE_MANAGE,

	/**
	 * Take part in a presale for a buyer: reserve, read the reservation and open its
	 * deposit payment. The brand app (an integrator), never dealer staff, so a launch's
	 * per-person and per-device limits cannot be side-stepped at a showroom.
	 */
	PRESALE_RESERVE;

	public String authority() {
		return "PERM_" + name();
	}

}
