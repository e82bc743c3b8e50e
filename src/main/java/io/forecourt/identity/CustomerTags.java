package io.forecourt.identity;

import java.util.UUID;

import io.forecourt.identity.domain.CustomerEngagement;

import org.springframework.stereotype.Component;

/**
 * Tags for other modules, chiefly marketing segments assigning {@link TagSource#RULE}
 * tags. A system operation (no data scope). A tag goes on the customer the id now lives
 * on as (its survivor, for a merged id).
 */
@Component
public class CustomerTags {

	private final CustomerEngagement engagement;

	CustomerTags(CustomerEngagement engagement) {
		this.engagement = engagement;
	}

	/**
	 * Puts the tag on the customer; a tag the customer has already (whatever its source)
	 * stays as it is.
	 * @return whether the tag is new for the customer
	 * @throws IllegalArgumentException if the tag is not 1–40 letters, digits, '-' or '_'
	 * @throws io.forecourt.kernel.web.ProblemException not found for an unknown customer
	 */
	public boolean assign(UUID customerId, String tag, TagSource source) {
		return this.engagement.assign(customerId, tag, source);
	}

	/**
	 * Takes the tag off the customer (and everyone merged into it).
	 * @return whether the customer had it
	 */
	public boolean unassign(UUID customerId, String tag) {
		return this.engagement.unassign(customerId, tag);
	}

}
