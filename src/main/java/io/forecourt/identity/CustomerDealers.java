package io.forecourt.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.identity.domain.DealerLinks;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * System questions and links between customers and dealers, for modules that hand a
 * customer's business to a dealer (a routed lead, an order, a service visit). No data
 * scope applies; callers decide what people see.
 */
@Component
@Transactional
public class CustomerDealers {

	private final DealerLinks links;

	CustomerDealers(DealerLinks links) {
		this.links = links;
	}

	/** The dealer the customer chose, if any. */
	@Transactional(readOnly = true)
	public Optional<UUID> preferredDealer(UUID customerId) {
		return this.links.preferredDealer(customerId);
	}

	/**
	 * Lets the dealer's staff see the customer from now on, e.g. once a lead is routed
	 * there. Joins the caller's transaction.
	 * @param reason why, e.g. {@code LEAD}
	 */
	public void link(UUID customerId, UUID dealerId, String reason, Instant at) {
		this.links.link(customerId, dealerId, reason, at);
	}

}
