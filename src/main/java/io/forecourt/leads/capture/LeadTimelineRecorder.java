package io.forecourt.leads.capture;

import java.util.Locale;

import io.forecourt.identity.CustomerTimeline;
import io.forecourt.identity.TimelineEntry;
import io.forecourt.leads.LeadAssigned;
import io.forecourt.leads.LeadCaptured;
import io.forecourt.leads.LeadGraded;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts captured and graded leads on the customer's timeline, after the capture committed
 * (an unavailable identity never fails a capture). Invalid and junk leads have no
 * customer and no entry.
 */
@Component
class LeadTimelineRecorder {

	private final CustomerTimeline timeline;

	LeadTimelineRecorder(CustomerTimeline timeline) {
		this.timeline = timeline;
	}

	@ApplicationModuleListener
	void on(LeadCaptured event) {
		if (event.customerId() == null) {
			return;
		}
		this.timeline.record(new TimelineEntry(event.customerId(), event.capturedAt(), "leads", "LEAD_CAPTURED",
				"Lead captured from " + event.channel() + " for " + event.brand(), "lead", event.leadId().toString(),
				null));
	}

	@ApplicationModuleListener
	void on(LeadAssigned event) {
		this.timeline.record(new TimelineEntry(event.customerId(), event.assignedAt(), "leads", "LEAD_ASSIGNED",
				"Lead " + event.reason().toLowerCase(Locale.ROOT) + " to a dealer", "lead", event.leadId().toString(),
				"dealer " + event.dealerId()));
	}

	@ApplicationModuleListener
	void on(LeadGraded event) {
		this.timeline.record(new TimelineEntry(event.customerId(), event.gradedAt(), "leads", "LEAD_GRADED",
				"Lead graded " + event.grade() + " (score " + event.score() + ")", "lead", event.leadId().toString(),
				null));
	}

}
