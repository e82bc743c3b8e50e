package io.forecourt.leads.followup;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.contact.PhoneNumber;
import io.forecourt.kernel.jdbc.Where;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.leads.LeadAssigned;
import io.forecourt.leads.LeadGrade;
import io.forecourt.leads.LeadGraded;
import io.forecourt.leads.LeadReactivated;
import io.forecourt.leads.sla.LeadAssignmentLog;
import io.forecourt.leads.sla.SlaPolicies;
import io.forecourt.network.DealerNetwork;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reactivation pool: defeated leads, and bringing one back with the grade it had
 * before F. HQ sends it to the HQ pool (status NEW, no dealer) and routing finds it a
 * dealer again; a dealer's manager keeps it at the dealer, assigned to the consultant who
 * had it (if they still sell there; otherwise to nobody until the manager assigns
 * someone), with a fresh first-contact window. Either way the customer must have no other
 * open lead of the brand (a second open lead would defeat deduplication).
 */
@Service
public class LeadReactivation {

	private final LeadWorkAccess access;

	private final LeadStates leads;

	private final GradeHistory history;

	private final SlaPolicies policies;

	private final LeadAssignmentLog assignments;

	private final DealerNetwork network;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LeadReactivation(LeadWorkAccess access, LeadStates leads, GradeHistory history, SlaPolicies policies,
			LeadAssignmentLog assignments, DealerNetwork network, JdbcClient jdbc, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.leads = leads;
		this.history = history;
		this.policies = policies;
		this.assignments = assignments;
		this.network = network;
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Defeated leads in the caller's scope, most recently defeated first.
	 * @param reasonCode only leads lost for this reason
	 * @param minDays only leads defeated at least this many days ago
	 * @param maxDays only leads defeated at most this many days ago
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_LEAD_READ')")
	public Page<ReactivationCandidate> pool(@Nullable String reasonCode, @Nullable Integer minDays,
			@Nullable Integer maxDays, PageRequest page) {
		if (minDays != null && minDays < 0) {
			throw ProblemException.validation("minDays", "must be 0 or more");
		}
		if (maxDays != null && maxDays < 0) {
			throw ProblemException.validation("maxDays", "must be 0 or more");
		}
		Instant now = this.clock.instant();
		Where where = Where.scoped(this.access.scope())
			.and("d.reason_code = :reason", "reason",
					reasonCode == null || reasonCode.isBlank() ? null : reasonCode.strip())
			.and("l.defeated_at <= :defeatedBefore", "defeatedBefore",
					minDays == null ? null : Timestamp.from(now.minus(Duration.ofDays(minDays))))
			.and("l.defeated_at >= :defeatedAfter", "defeatedAfter",
					maxDays == null ? null : Timestamp.from(now.minus(Duration.ofDays(maxDays))));
		// the approved proposal that defeated the lead last (a reactivated lead can be
		// defeated again)
		String from = """
				FROM leads l LEFT JOIN lead_defeats d ON d.id = (
				    SELECT d2.id FROM lead_defeats d2 WHERE d2.lead_id = l.id AND d2.decision = 'APPROVED'
				    ORDER BY d2.decided_at DESC FETCH FIRST 1 ROWS ONLY)
				WHERE l.status = 'DEFEATED' AND l.defeated_at IS NOT NULL AND\s""" + where.sql();
		long total = this.jdbc.sql("SELECT count(*) " + from).params(where.params()).query(Long.class).single();
		var items = this.jdbc
			.sql("SELECT l.*, d.reason_code " + from
					+ " ORDER BY l.defeated_at DESC, l.id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
			.params(where.params())
			.param("offset", page.offset())
			.param("size", page.size())
			.query((rs, n) -> {
				Instant defeatedAt = rs.getTimestamp("defeated_at").toInstant();
				String e164 = rs.getString("phone_e164");
				return new ReactivationCandidate(rs.getObject("id", UUID.class),
						rs.getObject("customer_id", UUID.class), rs.getObject("dealer_id", UUID.class),
						rs.getString("brand"), rs.getString("channel"), rs.getString("name"),
						e164 == null ? null : new PhoneNumber(e164).masked(), rs.getString("model_of_interest"),
						rs.getString("reason_code"), defeatedAt, Duration.between(defeatedAt, now).toDays());
			})
			.list();
		return Page.of(items, page, total);
	}

	/**
	 * @throws ProblemException not found outside the scope; conflict unless the lead is
	 * DEFEATED, or when the customer has another open lead of the brand
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_LEAD_MANAGE')")
	public LeadReactivated reactivate(UUID leadId, @Nullable String note) {
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > 1000) {
			throw ProblemException.validation("note", "must be at most 1000 characters");
		}
		Instant now = this.clock.instant();
		LeadState lead = this.access.lockForManager(leadId);
		LeadGrade grade = this.history.lastIntentGrade(leadId).orElse(LeadGrade.C);
		boolean atDealer = CurrentAccess.scope().level() == AccessScope.Level.DEALER;
		String explanation = "reactivated by " + Actor.name() + (text == null ? "" : ": " + text);
		Duration window = atDealer ? this.policies.firstContact(grade) : null;
		LeadState after = lead.reactivated(grade, explanation, window, atDealer ? stillSelling(lead) : null, now);
		UUID customerId = Objects.requireNonNull(lead.customerId(), "a defeated lead has a customer");
		this.leads.lockDedup(customerId, lead.brand());
		this.leads.otherOpenLead(leadId, customerId, lead.brand()).ifPresent(open -> {
			throw ProblemException.conflict("The customer already has an open lead " + open + " for " + lead.brand()
					+ "; work that one instead");
		});
		this.leads.save(after, now);
		int score = lead.gradeScore() == null ? 0 : lead.gradeScore();
		this.history.record(leadId, grade, score, explanation, Actor.name(), "reactivated", now);
		this.assignments.record(leadId, after.dealerId(), after.consultantId(), LeadAssignmentLog.Reason.REACTIVATED,
				atDealer ? "Reactivated by the dealer's manager" : "Reactivated by HQ: back to the HQ pool",
				Actor.name(), now);
		this.audit.recordChange(AuditAction.UPDATE, LeadWorkAccess.LEAD, leadId,
				"reactivated: " + after.status() + ", grade " + grade + (text == null ? "" : " (" + text + ")"));
		LeadReactivated reactivated = new LeadReactivated(leadId, customerId, after.dealerId(), lead.dealerId(), now);
		this.events.publishEvent(reactivated);
		this.events.publishEvent(new LeadGraded(leadId, customerId, grade, score, now));
		if (atDealer) {
			this.events.publishEvent(
					new LeadAssigned(leadId, customerId, Objects.requireNonNull(after.dealerId(), "kept at its dealer"),
							after.consultantId(), "REACTIVATED", after.slaDueAt(), now));
		}
		return reactivated;
	}

	/**
	 * The consultant who had the lead, if they still sell cars at its dealer; otherwise
	 * none, and the manager assigns one.
	 */
	private @Nullable UUID stillSelling(LeadState lead) {
		UUID consultant = lead.consultantId();
		UUID dealer = lead.dealerId();
		if (consultant == null || dealer == null) {
			return null;
		}
		return this.network.activeStaff(dealer, Role.SALES_CONSULTANT)
			.stream()
			.anyMatch(staff -> staff.id().equals(consultant)) ? consultant : null;
	}

}
