package io.forecourt.leads.followup;

import java.util.Locale;

import io.forecourt.identity.CustomerTimeline;
import io.forecourt.identity.TimelineEntry;
import io.forecourt.leads.LeadContacted;
import io.forecourt.leads.LeadDefeated;
import io.forecourt.leads.LeadFollowedUp;
import io.forecourt.leads.LeadReactivated;
import io.forecourt.leads.LeadReclaimed;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts a lead's life after capture on the customer's timeline, after each change
 * committed: follow-ups, first contact, defeat, reclaim and reactivation (assignments and
 * grades, also re-grades, are recorded with capture's). Summaries carry codes, never what
 * staff typed (a note may hold personal data every viewer of the timeline would see).
 * Entries are written once per event, so a redelivery adds nothing.
 */
@Component
class LeadLifecycleTimeline {

	private static final String MODULE = "leads";

	private static final String LEAD = "lead";

	private final CustomerTimeline timeline;

	LeadLifecycleTimeline(CustomerTimeline timeline) {
		this.timeline = timeline;
	}

	/**
	 * Each follow-up is its own entry, referring to the follow-up (two can share a time).
	 */
	@ApplicationModuleListener
	void on(LeadFollowedUp event) {
		this.timeline.record(new TimelineEntry(event.customerId(), event.occurredAt(), MODULE, "LEAD_FOLLOWED_UP",
				"Follow-up: " + words(event.kind()) + ", " + words(event.outcome()), "lead-follow-up",
				event.followUpId().toString(), "lead " + event.leadId()));
	}

	@ApplicationModuleListener
	void on(LeadContacted event) {
		this.timeline.record(new TimelineEntry(event.customerId(), event.contactedAt(), MODULE, "LEAD_CONTACTED",
				"First contact by the dealer (" + words(event.kind()) + ", " + words(event.outcome()) + "), "
						+ (event.withinSla() ? "within" : "after") + " the first-contact deadline",
				LEAD, event.leadId().toString(), null));
	}

	@ApplicationModuleListener
	void on(LeadDefeated event) {
		this.timeline.record(new TimelineEntry(event.customerId(), event.defeatedAt(), MODULE, "LEAD_DEFEATED",
				"Lead lost (defeat approved): " + words(event.reasonCode()), LEAD, event.leadId().toString(), null));
	}

	@ApplicationModuleListener
	void on(LeadReclaimed event) {
		this.timeline.record(new TimelineEntry(event.customerId(), event.reclaimedAt(), MODULE, "LEAD_RECLAIMED",
				"Lead reclaimed to HQ: the dealer missed the first-contact deadline twice", LEAD,
				event.leadId().toString(), "dealer " + event.dealerId()));
	}

	@ApplicationModuleListener
	void on(LeadReactivated event) {
		this.timeline.record(new TimelineEntry(event.customerId(), event.reactivatedAt(), MODULE, "LEAD_REACTIVATED",
				event.dealerId() == null ? "Lead reactivated into the HQ pool" : "Lead reactivated at its dealer", LEAD,
				event.leadId().toString(), null));
	}

	/** {@code TEST_DRIVE} as "test drive". */
	private static String words(String code) {
		return code.toLowerCase(Locale.ROOT).replace('_', ' ');
	}

}
