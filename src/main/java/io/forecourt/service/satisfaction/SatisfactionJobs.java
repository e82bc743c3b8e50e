package io.forecourt.service.satisfaction;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.service.ComplaintEscalated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The satisfaction jobs, on the injected clock: sending surveys whose delay passed, and
 * escalating complaints whose first response is overdue (level 1, the dealer's manager),
 * then still overdue at level 1's own due time (level 2, headquarters). Each record is
 * handled in a transaction of its own with a conditional update, so two runs at once (two
 * instances) raise each level, and send each survey, once.
 */
@Component
public class SatisfactionJobs {

	static final String DEALER_MANAGER = "DEALER_MANAGER";

	static final String HQ = "HQ";

	private static final Logger log = LoggerFactory.getLogger(SatisfactionJobs.class);

	private static final int BATCH = 200;

	private final SurveyRecords surveys;

	private final ComplaintRecords complaints;

	private final SatisfactionSurveys surveyLife;

	private final SatisfactionPolicy policy;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	SatisfactionJobs(SurveyRecords surveys, ComplaintRecords complaints, SatisfactionSurveys surveyLife,
			SatisfactionPolicy policy, AuditLog audit, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.surveys = surveys;
		this.complaints = complaints;
		this.surveyLife = surveyLife;
		this.policy = policy;
		this.audit = audit;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * @return how many surveys this run sent or found no channel for
	 */
	public int sendDue() {
		return CurrentAccess.asSystem(() -> {
			Instant now = this.clock.instant();
			int sent = 0;
			for (UUID id : this.surveys.dueForSending(now, BATCH)) {
				try {
					Boolean done = this.transaction.execute(status -> this.surveyLife.send(id, now));
					sent += Boolean.TRUE.equals(done) ? 1 : 0;
				}
				catch (RuntimeException ex) {
					log.warn("Sending survey {} failed; it is tried again next run", id, ex);
				}
			}
			return sent;
		});
	}

	/**
	 * @return how many escalations this run raised
	 */
	public int escalate() {
		return CurrentAccess.asSystem(() -> {
			Instant now = this.clock.instant();
			int raised = 0;
			for (UUID id : this.complaints.dueForEscalation(now, BATCH)) {
				try {
					raised += Boolean.TRUE.equals(this.transaction.execute(status -> escalate(id, now))) ? 1 : 0;
				}
				catch (RuntimeException ex) {
					log.warn("Escalating complaint {} failed; it is tried again next run", id, ex);
				}
			}
			return raised;
		});
	}

	private boolean escalate(UUID id, Instant now) {
		Complaint complaint = this.complaints.lock(id).orElse(null);
		if (complaint == null || complaint.status() != ComplaintStatus.OPEN || complaint.escalationLevel() >= 2) {
			return false;
		}
		int from = complaint.escalationLevel();
		Instant due = from == 0 ? complaint.dueAt() : complaint.escalationDueAt();
		Instant nextDue = from == 0 ? now.plus(this.policy.secondEscalationAfter()) : null;
		if (due == null || due.isAfter(now) || !this.complaints.escalate(id, from, now, nextDue)) {
			return false;
		}
		int level = from + 1;
		String notify = level == 1 ? DEALER_MANAGER : HQ;
		this.audit.recordChange(AuditAction.UPDATE, ComplaintDesk.COMPLAINT, id,
				"escalated to level " + level + " (" + notify + ")");
		this.events.publishEvent(new ComplaintEscalated(id, complaint.dealerId(), complaint.customerId(), level, notify,
				due, nextDue, now));
		return true;
	}

}
