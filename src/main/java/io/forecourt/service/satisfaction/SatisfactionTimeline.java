package io.forecourt.service.satisfaction;

import java.time.Instant;
import java.util.UUID;

import io.forecourt.identity.CustomerTimeline;
import io.forecourt.identity.TimelineEntry;
import io.forecourt.service.ComplaintEscalated;
import io.forecourt.service.ComplaintOpened;
import io.forecourt.service.ComplaintResolved;
import io.forecourt.service.ComplaintResponded;
import io.forecourt.service.SatisfactionAnswered;
import io.forecourt.service.SatisfactionSurveySent;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts surveys and complaints on the owner's timeline after their transaction committed
 * (module {@code service}, types {@code SERVICE_SATISFACTION_*} and
 * {@code SERVICE_COMPLAINT_*}).
 */
@Component
class SatisfactionTimeline {

	static final String MODULE = "service";

	private final CustomerTimeline timeline;

	SatisfactionTimeline(CustomerTimeline timeline) {
		this.timeline = timeline;
	}

	@ApplicationModuleListener
	void on(SatisfactionSurveySent event) {
		record(event.customerId(), event.sentAt(), "SERVICE_SATISFACTION_SURVEY_SENT",
				"Satisfaction survey sent by " + event.channel(), SatisfactionSurveys.SURVEY, event.surveyId(), null);
	}

	@ApplicationModuleListener
	void on(SatisfactionAnswered event) {
		record(event.customerId(), event.answeredAt(), "SERVICE_SATISFACTION_ANSWERED",
				"Satisfaction survey answered: " + event.score() + "/10", SatisfactionSurveys.SURVEY, event.surveyId(),
				event.comment());
	}

	@ApplicationModuleListener
	void on(ComplaintOpened event) {
		record(event.customerId(), event.openedAt(), "SERVICE_COMPLAINT_OPENED",
				"Complaint opened (score " + event.score() + "), first response due " + event.dueAt(),
				ComplaintDesk.COMPLAINT, event.complaintId(), event.comment());
	}

	@ApplicationModuleListener
	void on(ComplaintResponded event) {
		record(event.customerId(), event.respondedAt(), "SERVICE_COMPLAINT_RESPONDED",
				"Complaint answered by the dealer" + (event.withinSla() ? "" : " after the SLA"),
				ComplaintDesk.COMPLAINT, event.complaintId(), null);
	}

	@ApplicationModuleListener
	void on(ComplaintEscalated event) {
		record(event.customerId(), event.escalatedAt(), "SERVICE_COMPLAINT_ESCALATED",
				"Complaint escalated to level " + event.level() + " (" + event.recipient() + ")",
				ComplaintDesk.COMPLAINT, event.complaintId(), null);
	}

	@ApplicationModuleListener
	void on(ComplaintResolved event) {
		record(event.customerId(), event.resolvedAt(), "SERVICE_COMPLAINT_" + event.status(),
				"Complaint " + event.status().toLowerCase(java.util.Locale.ROOT), ComplaintDesk.COMPLAINT,
				event.complaintId(), event.resolution());
	}

	private void record(UUID customerId, Instant at, String type, String summary, String refType, UUID refId,
			@Nullable String detail) {
		this.timeline
			.record(new TimelineEntry(customerId, at, MODULE, type, summary, refType, refId.toString(), detail));
	}

}
