package io.forecourt.identity;

import java.util.UUID;

import io.forecourt.identity.domain.ContactRules;

import org.springframework.stereotype.Component;

/**
 * What other modules ask before they contact a person: "may I send this customer an SMS
 * for marketing?" A system operation (no data scope); the answer always carries a reason
 * worth logging next to the message.
 *
 * <p>
 * Consent is the latest decision per {@link ConsentPurpose} across the customer and
 * everyone merged into it; a merged customer's id is answered for its survivor. The
 * rules:
 * <table>
 * <caption>May this customer be contacted?</caption>
 * <tr>
 * <th>purpose</th>
 * <th>channel</th>
 * <th>allowed when</th>
 * </tr>
 * <tr>
 * <td>any</td>
 * <td>any</td>
 * <td>never for an unknown or erased customer</td>
 * </tr>
 * <tr>
 * <td>{@code SERVICE}</td>
 * <td>any</td>
 * <td>always (transactional messages: booking confirmations, recalls, delivery
 * dates)</td>
 * </tr>
 * <tr>
 * <td>{@code MARKETING}</td>
 * <td>{@code SMS}</td>
 * <td>{@code MARKETING_SMS} granted</td>
 * </tr>
 * <tr>
 * <td>{@code MARKETING}</td>
 * <td>{@code PHONE}</td>
 * <td>{@code PHONE_CALLS} granted</td>
 * </tr>
 * <tr>
 * <td>{@code MARKETING}</td>
 * <td>{@code WECHAT}</td>
 * <td>{@code WECHAT_MESSAGES} granted</td>
 * </tr>
 * <tr>
 * <td>{@code MARKETING}</td>
 * <td>{@code EMAIL}</td>
 * <td>{@code EMAIL} granted</td>
 * </tr>
 * <tr>
 * <td>{@code PERSONALISED_MARKETING}</td>
 * <td>any</td>
 * <td>the channel's consent as for {@code MARKETING} and
 * {@code PERSONALISED_RECOMMENDATIONS} granted</td>
 * </tr>
 * </table>
 * No decision recorded means not allowed ("no consent recorded for ..."); a withdrawal
 * counts from the moment it is recorded.
 */
@Component
public class ConsentChecks {

	/** How the customer would be reached. */
	public enum Channel {

		SMS, PHONE, WECHAT, EMAIL

	}

	/** Why the customer would be contacted. */
	public enum Purpose {

		/** Transactional: about something the customer has (booking, order, car). */
		SERVICE,

		/** Offers and campaigns. */
		MARKETING,

		/** Offers chosen from the customer's profile and behaviour. */
		PERSONALISED_MARKETING

	}

	private final ContactRules rules;

	ConsentChecks(ContactRules rules) {
		this.rules = rules;
	}

	public ContactDecision mayContact(UUID customerId, Channel channel, Purpose purpose) {
		return this.rules.mayContact(customerId, channel, purpose);
	}

	/**
	 * Whether the customer's consent for a purpose that is no contact stands, e.g.
	 * {@code SHARING_WITH_DEALERS} before a lead is passed to a dealer.
	 */
	public ContactDecision consented(UUID customerId, ConsentPurpose purpose) {
		return this.rules.consented(customerId, purpose);
	}

}
