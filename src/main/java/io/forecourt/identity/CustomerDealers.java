package io.forecourt.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.identity.domain.Customers;
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

	private final Customers customers;

	CustomerDealers(DealerLinks links, Customers customers) {
		this.links = links;
		this.customers = customers;
	}

	/**
	 * The customer an id stands for now: itself, or the customer it was merged into;
	 * empty when there is no such customer or their data was erased. For modules that
	 * take a customer id from a request and must refuse an unknown one.
	 */
	@Transactional(readOnly = true)
	public Optional<UUID> current(UUID customerId) {
		if (this.customers.find(customerId).isEmpty()) {
			return Optional.empty();
		}
		UUID root = this.customers.rootOf(customerId);
		return this.customers.find(root).filter(node -> !"ERASED".equals(node.status())).map(Customers.Node::id);
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
