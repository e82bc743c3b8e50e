package io.forecourt.leads.followup;

import java.time.Instant;
import java.util.Set;

import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.leads.LeadGrade;
import io.forecourt.leads.LeadStatus;
import io.forecourt.sales.TestDriveCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A test drive moves its linked lead on: a follow-up of kind TEST_DRIVE in the
 * consultant's name (which stamps the funnel's test-driven stage, and is the first
 * contact if nobody had called yet), and the grade the consultant suggested, through the
 * same rules as a re-grade by hand (the grade history keeps it). A lead not being worked
 * only gets its test-driven stage. A redelivered event changes nothing twice.
 */
@Component
class TestDriveFollowUps {

	private static final Logger log = LoggerFactory.getLogger(TestDriveFollowUps.class);

	private final LeadStates leads;

	private final FollowUps followUps;

	private final LeadFollowUps logging;

	private final LeadRegrading regrading;

	TestDriveFollowUps(LeadStates leads, FollowUps followUps, LeadFollowUps logging, LeadRegrading regrading) {
		this.leads = leads;
		this.followUps = followUps;
		this.logging = logging;
		this.regrading = regrading;
	}

	@ApplicationModuleListener
	void on(TestDriveCompleted event) {
		if (event.leadId() == null || !this.leads.exists(event.leadId())) {
			return;
		}
		CurrentAccess.as(consultant(event), () -> {
			handle(event);
			return null;
		});
	}

	private void handle(TestDriveCompleted event) {
		LeadState lead = this.leads.lock(event.leadId());
		if (this.followUps.exists(lead.id(), FollowUpKind.TEST_DRIVE, event.drivenAt())) {
			return;
		}
		if (!LeadState.WORKED.contains(lead.status())) {
			if (lead.testDrivenAt() == null) {
				this.leads.save(lead.testDriven(event.drivenAt()), event.completedAt());
			}
			log.info("Lead {} is {}: test drive {} only stamps its test-driven stage", lead.id(), lead.status(),
					event.bookingId());
			return;
		}
		boolean interested = "HIGH".equals(event.interest()) || "MEDIUM".equals(event.interest());
		String note = "Test drive of " + event.trimCode() + ": rated " + event.rating() + "/5, interest "
				+ event.interest() + " (booking " + event.bookingId() + ")";
		Instant occurredAt = event.drivenAt().isBefore(lead.capturedAt()) ? lead.capturedAt() : event.drivenAt();
		this.logging.log(lead.id(),
				new NewFollowUp(FollowUpKind.TEST_DRIVE.name(),
						(interested ? FollowUpOutcome.INTERESTED : FollowUpOutcome.NOT_INTERESTED).name(), note,
						occurredAt, null));
		LeadState after = this.leads.lock(lead.id());
		if (event.suggestedGrade() == null) {
			return;
		}
		LeadGrade grade = LeadGrade.valueOf(event.suggestedGrade());
		if (after.status() == LeadStatus.CONTACTED && grade != after.grade()
				&& LeadState.INTENT_GRADES.contains(grade)) {
			this.regrading.regrade(lead.id(), grade.name(), "test drive feedback (booking " + event.bookingId() + ")");
		}
	}

	/**
	 * Acts as the drive's consultant, so the follow-up is theirs; with the lead manager's
	 * rights, because the consultant of the drive need not be the lead's.
	 */
	private static ForecourtPrincipal consultant(TestDriveCompleted event) {
		return new ForecourtPrincipal("system:test-drive", "test drive " + event.bookingId(),
				ForecourtPrincipal.Kind.SYSTEM, Set.of(Role.PLATFORM_ADMIN), AccessScope.all(), event.consultantId());
	}

}
