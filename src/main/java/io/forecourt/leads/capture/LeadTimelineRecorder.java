package io.forecourt.leads.capture;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.forecourt.identity.CustomerTimeline;
import io.forecourt.identity.TimelineEntry;
import io.forecourt.leads.LeadAssigned;
import io.forecourt.leads.LeadCaptured;
import io.forecourt.leads.LeadGrade;
import io.forecourt.leads.LeadGraded;
import io.forecourt.leads.LeadsAssigned;
import io.forecourt.leads.LeadsCaptured;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts captured, graded and assigned leads on the customer's timeline, after the capture
 * committed (an unavailable identity never fails a capture). Invalid and junk leads have
 * no customer and no entry.
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
		this.timeline
			.record(captured(event.customerId(), event.capturedAt(), event.channel(), event.brand(), event.leadId()));
	}

	/**
	 * A chunk of a bulk import: the same entries as its leads' {@link LeadCaptured} and
	 * {@link LeadGraded} would give, written in one go.
	 */
	@ApplicationModuleListener
	void on(LeadsCaptured event) {
		List<TimelineEntry> entries = new ArrayList<>();
		for (LeadsCaptured.Entry lead : event.leads()) {
			if (lead.customerId() == null) {
				continue;
			}
			entries.add(captured(lead.customerId(), event.capturedAt(), lead.channel(), lead.brand(), lead.leadId()));
			if (lead.grade() != null && lead.score() != null) {
				entries.add(graded(lead.customerId(), event.capturedAt(), lead.grade(), lead.score(), lead.leadId()));
			}
		}
		this.timeline.recordAll(entries);
	}

	@ApplicationModuleListener
	void on(LeadAssigned event) {
		this.timeline
			.record(assigned(event.customerId(), event.assignedAt(), event.reason(), event.leadId(), event.dealerId()));
	}

	/**
	 * Leads routed together: the same entries as their {@link LeadAssigned} would give,
	 * written in one go.
	 */
	@ApplicationModuleListener
	void on(LeadsAssigned event) {
		this.timeline.recordAll(event.leads()
			.stream()
			.map(lead -> assigned(lead.customerId(), lead.assignedAt(), "ROUTED", lead.leadId(), lead.dealerId()))
			.toList());
	}

	@ApplicationModuleListener
	void on(LeadGraded event) {
		this.timeline
			.record(graded(event.customerId(), event.gradedAt(), event.grade(), event.score(), event.leadId()));
	}

	private static TimelineEntry captured(UUID customerId, Instant at, String channel, String brand, UUID leadId) {
		return new TimelineEntry(customerId, at, "leads", "LEAD_CAPTURED",
				"Lead captured from " + channel + " for " + brand, "lead", leadId.toString(), null);
	}

	private static TimelineEntry assigned(UUID customerId, Instant at, String reason, UUID leadId, UUID dealerId) {
		return new TimelineEntry(customerId, at, "leads", "LEAD_ASSIGNED",
				"Lead " + reason.toLowerCase(Locale.ROOT) + " to a dealer", "lead", leadId.toString(),
				"dealer " + dealerId);
	}

	private static TimelineEntry graded(UUID customerId, Instant at, LeadGrade grade, int score, UUID leadId) {
		return new TimelineEntry(customerId, at, "leads", "LEAD_GRADED",
				"Lead graded " + grade + " (score " + score + ")", "lead", leadId.toString(), null);
	}

}
