package io.forecourt.leads.followup;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.leads.LeadGrade;
import io.forecourt.leads.LeadGraded;
import io.forecourt.leads.LeadStatus;
import io.forecourt.sales.OrderCancelled;
import io.forecourt.sales.OrderDelivered;
import io.forecourt.sales.OrderPlaced;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Closes the funnel from the sales center's orders: an order placed for a lead makes it
 * ORDERED with grade O (kept in the grade history, reason ORDER) and stamps
 * {@code ordered_at}; the delivery makes it WON and stamps {@code delivered_at}. A
 * cancelled order sends an ORDERED lead back to CONTACTED with the grade of intent it had
 * before (reason ORDER_CANCELLED), so its consultant keeps working the customer; the
 * ordered stage stays counted. Each listener is idempotent: a redelivered event finds the
 * lead already moved and changes nothing.
 */
@Component
class LeadOrderOutcomes {

	private static final Logger log = LoggerFactory.getLogger(LeadOrderOutcomes.class);

	static final String ORDER = "ORDER";

	static final String ORDER_CANCELLED = "ORDER_CANCELLED";

	private static final String SALES = "sales";

	private final LeadStates leads;

	private final GradeHistory history;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	LeadOrderOutcomes(LeadStates leads, GradeHistory history, AuditLog audit, ApplicationEventPublisher events) {
		this.leads = leads;
		this.history = history;
		this.audit = audit;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(OrderPlaced event) {
		Optional<LeadState> found = lead(event.leadId());
		if (found.isEmpty()) {
			return;
		}
		LeadState lead = found.get();
		if (lead.status() == LeadStatus.ORDERED || lead.status() == LeadStatus.WON) {
			return;
		}
		String explanation = "ordered: order " + event.orderId();
		this.history.record(lead.id(), LeadGrade.O, score(lead), explanation, SALES, ORDER, event.placedAt());
		this.leads.markOrdered(lead.id(), event.dealerId(), event.consultantId(), explanation, event.placedAt());
		this.audit.recordChange(AuditAction.UPDATE, LeadWorkAccess.LEAD, lead.id(),
				"order " + event.orderId() + " placed: " + lead.status() + " -> ORDERED, grade O");
		publishGrade(lead, LeadGrade.O, event.placedAt());
	}

	@ApplicationModuleListener
	void on(OrderDelivered event) {
		Optional<LeadState> found = lead(event.leadId());
		if (found.isEmpty() || found.get().status() == LeadStatus.WON) {
			return;
		}
		LeadState lead = found.get();
		this.leads.markWon(lead.id(), event.deliveredAt());
		this.audit.recordChange(AuditAction.UPDATE, LeadWorkAccess.LEAD, lead.id(),
				"order " + event.orderId() + " delivered: " + lead.status() + " -> WON");
	}

	@ApplicationModuleListener
	void on(OrderCancelled event) {
		Optional<LeadState> found = lead(event.leadId());
		if (found.isEmpty() || found.get().status() != LeadStatus.ORDERED) {
			return;
		}
		LeadState lead = found.get();
		LeadGrade before = this.history.lastIntentGrade(lead.id()).orElse(LeadGrade.B);
		String explanation = "order " + event.orderId() + " cancelled (" + event.reason() + ")";
		this.history.record(lead.id(), before, score(lead), explanation, SALES, ORDER_CANCELLED, event.cancelledAt());
		this.leads.reopenAfterCancelledOrder(lead.id(), before, explanation, event.cancelledAt());
		this.audit.recordChange(AuditAction.UPDATE, LeadWorkAccess.LEAD, lead.id(),
				explanation + ": ORDERED -> CONTACTED, grade " + before);
		publishGrade(lead, before, event.cancelledAt());
	}

	private Optional<LeadState> lead(@Nullable UUID leadId) {
		if (leadId == null) {
			return Optional.empty();
		}
		if (!this.leads.exists(leadId)) {
			log.warn("An order names lead {}, which does not exist", leadId);
			return Optional.empty();
		}
		return Optional.of(this.leads.lock(leadId));
	}

	private void publishGrade(LeadState lead, LeadGrade grade, Instant at) {
		if (lead.customerId() != null) {
			this.events.publishEvent(
					new LeadGraded(lead.id(), Objects.requireNonNull(lead.customerId()), grade, score(lead), at));
		}
	}

	private static int score(LeadState lead) {
		return lead.gradeScore() == null ? 0 : lead.gradeScore();
	}

}
