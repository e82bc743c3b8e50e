package io.forecourt.sales.quotes;

import io.forecourt.identity.CustomerTimeline;
import io.forecourt.identity.TimelineEntry;
import io.forecourt.sales.QuoteIssued;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts issued quotes on the customer's timeline, once each, after the quote committed.
 */
@Component
class QuoteTimeline {

	private final CustomerTimeline timeline;

	QuoteTimeline(CustomerTimeline timeline) {
		this.timeline = timeline;
	}

	@ApplicationModuleListener
	void on(QuoteIssued event) {
		if (event.customerId() == null) {
			return;
		}
		this.timeline.record(new TimelineEntry(event.customerId(), event.issuedAt(), "sales", "QUOTE_ISSUED",
				"Quote " + event.number() + " issued for " + event.modelCode() + " (configuration "
						+ event.configurationCode() + "): " + event.amountDue().toPlainString() + " yuan, valid until "
						+ event.validUntil(),
				"quote", event.quoteId().toString(), null));
	}

}
