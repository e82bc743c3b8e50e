package io.forecourt.leads.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.leads.LeadReclaimed;
import io.forecourt.leads.LeadSlaBreached;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enforces the first-contact SLA. An assigned lead not contacted by its deadline is a
 * breach: the first one alerts the dealer's managers and gives the dealer a second window
 * of the grade's length, counted from when the breach is detected (so an outage of the
 * job never eats it); the second one reclaims the lead (线索回收) to the HQ pool, and routing
 * sends it to another dealer.
 *
 * <p>
 * Each lead is handled in a short transaction of its own whose update only matches the
 * lead as it was read, so two instances running at once, or a follow-up logged at the
 * same moment, never handle a lead twice; a lead that fails is tried again next run.
 */
@Component
class SlaBreachJob {

	private static final Logger log = LoggerFactory.getLogger(SlaBreachJob.class);

	private static final String LEAD = "lead";

	private final SlaBreaches breaches;

	private final SlaPolicies policies;

	private final LeadAlerts alerts;

	private final LeadAssignmentLog assignments;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final int batchSize;

	SlaBreachJob(SlaBreaches breaches, SlaPolicies policies, LeadAlerts alerts, LeadAssignmentLog assignments,
			AuditLog audit, ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
			@Value("${forecourt.leads.sla.batch-size:200}") int batchSize) {
		this.breaches = breaches;
		this.policies = policies;
		this.alerts = alerts;
		this.assignments = assignments;
		this.audit = audit;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.batchSize = batchSize;
	}

	/**
	 * Handles every lead due now, a batch at a time.
	 * @return how many leads this call breached or reclaimed
	 */
	int detectBreaches() {
		return CurrentAccess.asSystem(() -> {
			Instant now = this.clock.instant();
			int handled = 0;
			while (true) {
				List<SlaBreaches.DueLead> due = this.breaches.due(now, this.batchSize);
				int handledNow = 0;
				for (SlaBreaches.DueLead lead : due) {
					handledNow += handle(lead, now) ? 1 : 0;
				}
				handled += handledNow;
				// a short batch was the last; a batch where nothing moved would come back
				// the same
				if (due.size() < this.batchSize || handledNow == 0) {
					return handled;
				}
			}
		});
	}

	private boolean handle(SlaBreaches.DueLead lead, Instant now) {
		try {
			Boolean done = this.transaction
				.execute(status -> lead.breaches() == 0 ? notifyManagers(lead, now) : reclaim(lead, now));
			return Boolean.TRUE.equals(done);
		}
		catch (RuntimeException ex) {
			log.warn("SLA check of lead {} failed; it is tried again next run", lead.id(), ex);
			return false;
		}
	}

	private boolean notifyManagers(SlaBreaches.DueLead lead, Instant now) {
		Duration window = this.policies.firstContact(lead.grade());
		Instant nextDue = now.plus(window);
		if (!this.breaches.startSecondWindow(lead, nextDue, now)) {
			return false;
		}
		this.breaches.record(lead, 1, SlaBreaches.Action.MANAGER_NOTIFIED, now);
		this.alerts.raise(
				lead.dealerId(), lead.id(), LeadAlertKind.SLA_BREACHED, "Lead " + lead.id() + " (grade " + grade(lead)
						+ ") was not contacted by " + lead.dueAt() + "; it is reclaimed unless contacted by " + nextDue,
				now);
		this.audit.recordChange(AuditAction.UPDATE, LEAD, lead.id(),
				"first-contact SLA breached: managers alerted, contact due by " + nextDue);
		this.events.publishEvent(new LeadSlaBreached(lead.id(), lead.customerId(), lead.dealerId(), lead.consultantId(),
				1, lead.dueAt(), nextDue, now));
		return true;
	}

	private boolean reclaim(SlaBreaches.DueLead lead, Instant now) {
		int reclaims = this.breaches.reclaim(lead, now);
		if (reclaims == 0) {
			return false;
		}
		int breachNumber = lead.breaches() + 1;
		this.breaches.record(lead, breachNumber, SlaBreaches.Action.RECLAIMED, now);
		this.assignments.record(lead.id(), null, null, LeadAssignmentLog.Reason.RECLAIMED,
				"First contact missed twice (last deadline " + lead.dueAt() + "): back to the HQ pool",
				ForecourtPrincipal.SYSTEM.name(), now);
		this.alerts.raise(lead.dealerId(), lead.id(), LeadAlertKind.LEAD_RECLAIMED,
				"Lead " + lead.id() + " (grade " + grade(lead) + ") was reclaimed: not contacted by " + lead.dueAt(),
				now);
		this.audit.recordChange(AuditAction.UPDATE, LEAD, lead.id(),
				"first-contact SLA breached again: reclaimed from dealer " + lead.dealerId());
		this.events.publishEvent(
				new LeadReclaimed(lead.id(), lead.customerId(), lead.dealerId(), lead.consultantId(), reclaims, now));
		return true;
	}

	private static String grade(SlaBreaches.DueLead lead) {
		return lead.grade() == null ? "none" : lead.grade().name();
	}

}
