package io.forecourt.leads.sla;

import java.util.List;
import java.util.Locale;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.web.ETags;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.leads.LeadGrade;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HQ's first-contact windows per grade. Anyone working leads may read them; changing them
 * is product configuration for every dealer, so HQ only ({@code LEAD_RULES_WRITE}). A
 * change applies to the next window that starts (an assignment, a second window after a
 * breach); running clocks keep their deadline.
 */
@Service
public class SlaPolicyAdministration {

	static final String POLICY = "lead-sla-policy";

	/** A week: beyond that a "first contact" window means nothing. */
	static final int MAX_MINUTES = 7 * 24 * 60;

	private final JdbcClient jdbc;

	private final SlaPolicies policies;

	private final AuditLog audit;

	SlaPolicyAdministration(JdbcClient jdbc, SlaPolicies policies, AuditLog audit) {
		this.jdbc = jdbc;
		this.policies = policies;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_LEAD_READ')")
	public List<SlaPolicy> policies() {
		return this.jdbc.sql("SELECT * FROM lead_sla_policies")
			.query((rs, n) -> new SlaPolicy(LeadGrade.valueOf(rs.getString("grade").strip()),
					rs.getInt("first_contact_minutes"), rs.getLong("version")))
			.list()
			.stream()
			.sorted((a, b) -> a.grade().compareTo(b.grade()))
			.toList();
	}

	/**
	 * @throws ProblemException not found for a grade without a policy (O and F leads have
	 * no first-contact clock)
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_LEAD_READ')")
	public SlaPolicy policy(String grade) {
		return policies().stream()
			.filter(p -> p.grade().name().equals(grade.strip().toUpperCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> ProblemException.notFound("SLA policy for grade", grade));
	}

	/**
	 * @throws ProblemException validation for minutes outside 1 to a week; 412 when the
	 * policy changed since {@code expectedVersion}
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_LEAD_RULES_WRITE')")
	public SlaPolicy change(String grade, long expectedVersion, int firstContactMinutes) {
		SlaPolicy current = policy(grade);
		if (firstContactMinutes < 1 || firstContactMinutes > MAX_MINUTES) {
			throw ProblemException.validation("firstContactMinutes", "must be between 1 and " + MAX_MINUTES);
		}
		int updated = this.jdbc.sql("""
				UPDATE lead_sla_policies SET first_contact_minutes = ?, version = version + 1
				WHERE grade = ? AND version = ?
				""").params(firstContactMinutes, current.grade().name(), expectedVersion).update();
		if (updated != 1) {
			throw ETags.stale("SLA policy", current.grade());
		}
		this.audit.recordChange(AuditAction.UPDATE, POLICY, current.grade().name(),
				current.firstContactMinutes() + " -> " + firstContactMinutes + " minutes");
		this.policies.forget();
		return new SlaPolicy(current.grade(), firstContactMinutes, expectedVersion + 1);
	}

}
