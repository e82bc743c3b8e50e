package io.forecourt.identity.domain;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.identity.ConsentChecks.Channel;
import io.forecourt.identity.ConsentChecks.Purpose;
import io.forecourt.identity.ConsentPurpose;
import io.forecourt.identity.ContactDecision;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides whether a customer may be contacted; the rules are tabled on
 * {@link io.forecourt.identity.ConsentChecks}.
 */
@Component
public class ContactRules {

	static final String ERASED = "ERASED";

	private final Customers customers;

	private final CustomerReads reads;

	private final Consents consents;

	ContactRules(Customers customers, CustomerReads reads, Consents consents) {
		this.customers = customers;
		this.reads = reads;
		this.consents = consents;
	}

	@Transactional(readOnly = true)
	public ContactDecision mayContact(UUID customerId, Channel channel, Purpose purpose) {
		Optional<UUID> root = liveRoot(customerId);
		if (root.isEmpty()) {
			return refusal(customerId);
		}
		if (purpose == Purpose.SERVICE) {
			return new ContactDecision(true, "service message: no marketing consent needed");
		}
		Map<ConsentPurpose, CustomerView.ConsentView> current = this.consents.current(this.reads.group(root.get()));
		ContactDecision channelConsent = decide(current, required(channel));
		if (!channelConsent.allowed() || purpose == Purpose.MARKETING) {
			return channelConsent;
		}
		ContactDecision personalised = decide(current, ConsentPurpose.PERSONALISED_RECOMMENDATIONS);
		return personalised.allowed()
				? new ContactDecision(true, channelConsent.reason() + "; " + personalised.reason()) : personalised;
	}

	@Transactional(readOnly = true)
	public ContactDecision consented(UUID customerId, ConsentPurpose purpose) {
		Optional<UUID> root = liveRoot(customerId);
		return root.isEmpty() ? refusal(customerId)
				: decide(this.consents.current(this.reads.group(root.get())), purpose);
	}

	static ConsentPurpose required(Channel channel) {
		return switch (channel) {
			case SMS -> ConsentPurpose.MARKETING_SMS;
			case PHONE -> ConsentPurpose.PHONE_CALLS;
			case WECHAT -> ConsentPurpose.WECHAT_MESSAGES;
			case EMAIL -> ConsentPurpose.EMAIL;
		};
	}

	private static ContactDecision decide(Map<ConsentPurpose, CustomerView.ConsentView> current,
			ConsentPurpose purpose) {
		CustomerView.ConsentView decision = current.get(purpose);
		if (decision == null) {
			return new ContactDecision(false, "no consent recorded for " + purpose);
		}
		String when = " on " + decision.recordedAt() + " (" + decision.source()
				+ (decision.textVersion() == null ? "" : ", text " + decision.textVersion()) + ")";
		return new ContactDecision(decision.granted(),
				purpose + (decision.granted() ? " granted" : " withdrawn") + when);
	}

	/** The customer's root unless it is unknown or erased. */
	private Optional<UUID> liveRoot(UUID customerId) {
		if (this.customers.find(customerId).isEmpty()) {
			return Optional.empty();
		}
		UUID root = this.customers.rootOf(customerId);
		return this.customers.find(root).filter(node -> !ERASED.equals(node.status())).map(Customers.Node::id);
	}

	private ContactDecision refusal(UUID customerId) {
		return new ContactDecision(false,
				this.customers.find(customerId).isEmpty() ? "unknown customer" : "customer erased");
	}

}
