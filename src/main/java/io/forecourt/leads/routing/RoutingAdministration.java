package io.forecourt.leads.routing;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.ETags;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.network.DealerNetwork;
import io.forecourt.network.StaffSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HQ's routing configuration (the order of strategies, the weights, each dealer's
 * capacity) and a dealer manager's consultant shares. Every change is audited and reaches
 * routing on commit.
 */
@Service
@Transactional
public class RoutingAdministration {

	private static final String RULE = "lead-routing-rule";

	private final RoutingRules rules;

	private final RoutingSnapshot snapshot;

	private final DealerNetwork network;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	RoutingAdministration(RoutingRules rules, RoutingSnapshot snapshot, DealerNetwork network, JdbcClient jdbc,
			AuditLog audit, Clock clock) {
		this.rules = rules;
		this.snapshot = snapshot;
		this.network = network;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_LEAD_RULES_WRITE')")
	public List<RoutingRule> rules() {
		return this.rules.findAll();
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_LEAD_RULES_WRITE')")
	public RoutingRule rule(String id) {
		return this.rules.find(id).orElseThrow(() -> ProblemException.notFound("Routing rule", id));
	}

	@PreAuthorize("hasAuthority('PERM_LEAD_RULES_WRITE')")
	public RoutingRule create(String id, int position, @Nullable String strategy, String description, boolean active) {
		FieldErrors errors = new FieldErrors();
		if (!RoutingRule.ID.matcher(id).matches()) {
			errors.reject("id", "must be 3 to 60 of a-z, 0-9 and '-'");
		}
		RoutingStrategy parsed = errors.attempt("strategy", () -> parseStrategy(strategy));
		errors.throwIfAny();
		if (this.rules.exists(id)) {
			throw ProblemException.duplicate("id", id);
		}
		RoutingRule rule = new RoutingRule(id, position, parsed, description, active, 0, this.clock.instant());
		this.rules.insert(rule);
		this.audit.recordChange(AuditAction.CREATE, RULE, id, describe(rule));
		this.snapshot.forget();
		return rule;
	}

	@PreAuthorize("hasAuthority('PERM_LEAD_RULES_WRITE')")
	public RoutingRule update(String id, long expectedVersion, int position, @Nullable String strategy,
			String description, boolean active) {
		rule(id);
		FieldErrors errors = new FieldErrors();
		RoutingStrategy parsed = errors.attempt("strategy", () -> parseStrategy(strategy));
		errors.throwIfAny();
		RoutingRule changed = new RoutingRule(id, position, parsed, description, active, expectedVersion + 1,
				this.clock.instant());
		this.rules.update(changed, expectedVersion);
		this.audit.recordChange(AuditAction.UPDATE, RULE, id, describe(changed));
		this.snapshot.forget();
		return changed;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_LEAD_RULES_WRITE')")
	public RoutingWeights weights() {
		return this.rules.weights();
	}

	@PreAuthorize("hasAuthority('PERM_LEAD_RULES_WRITE')")
	public RoutingWeights changeWeights(long expectedVersion, int capacityWeight, int slaWeight, int slaLookbackDays,
			int defaultDailyCapacity) {
		RoutingWeights weights;
		try {
			weights = new RoutingWeights(capacityWeight, slaWeight, slaLookbackDays, defaultDailyCapacity,
					expectedVersion + 1);
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.validation("weights", ex.getMessage());
		}
		this.rules.updateWeights(weights, expectedVersion);
		this.audit.recordChange(AuditAction.UPDATE, "lead-routing-weights", "1",
				"capacity ×" + capacityWeight + ", SLA ×" + slaWeight + ", lookback " + slaLookbackDays
						+ " days, default capacity " + defaultDailyCapacity);
		this.snapshot.forget();
		return weights;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_LEAD_RULES_WRITE')")
	public DealerCapacity capacity(UUID dealerId) {
		requireDealer(dealerId);
		return this.jdbc.sql("SELECT * FROM lead_dealer_capacity WHERE dealer_id = ?")
			.param(dealerId)
			.query((rs, n) -> new DealerCapacity(dealerId, (Integer) rs.getObject("daily_capacity"),
					rs.getBoolean("accepting"), rs.getLong("version")))
			.optional()
			.orElse(new DealerCapacity(dealerId, null, true, 0));
	}

	@PreAuthorize("hasAuthority('PERM_LEAD_RULES_WRITE')")
	public DealerCapacity changeCapacity(UUID dealerId, long expectedVersion, @Nullable Integer dailyCapacity,
			boolean accepting) {
		requireDealer(dealerId);
		if (dailyCapacity != null && (dailyCapacity < 0 || dailyCapacity > 100_000)) {
			throw ProblemException.validation("dailyCapacity", "must be 0 to 100000, or absent for the default");
		}
		this.jdbc.sql("""
				INSERT INTO lead_dealer_capacity (dealer_id, daily_capacity, accepting, version)
				VALUES (?, NULL, TRUE, 0) ON CONFLICT DO NOTHING
				""").param(dealerId).update();
		int updated = this.jdbc.sql("""
				UPDATE lead_dealer_capacity SET daily_capacity = ?, accepting = ?, version = version + 1
				WHERE dealer_id = ? AND version = ?
				""").params(dailyCapacity, accepting, dealerId, expectedVersion).update();
		if (updated == 0) {
			throw ETags.stale("Dealer capacity", dealerId);
		}
		this.audit.recordChange(AuditAction.UPDATE, "lead-dealer-capacity", dealerId,
				(dailyCapacity == null ? "default" : dailyCapacity) + " a day" + (accepting ? "" : ", paused"));
		return new DealerCapacity(dealerId, dailyCapacity, accepting, expectedVersion + 1);
	}

	/**
	 * Sets a consultant's share of new leads relative to colleagues (0 stops new leads,
	 * e.g. during leave). Dealer managers set their own consultants', HQ anyone's.
	 */
	@PreAuthorize("hasAuthority('PERM_LEAD_ASSIGN')")
	public int changeConsultantWeight(UUID dealerId, UUID staffId, int weight) {
		if (!CurrentAccess.scope().covers(dealerId, this.network.regionOf(dealerId).orElse(null))) {
			throw this.audit.notFound("dealer", dealerId, this.network.dealer(dealerId).isPresent());
		}
		boolean consultant = this.network.activeStaff(dealerId, Role.SALES_CONSULTANT)
			.stream()
			.map(StaffSummary::id)
			.anyMatch(staffId::equals);
		if (!consultant) {
			throw ProblemException.validation("staffId", "is not an active sales consultant of the dealer");
		}
		if (weight < 0 || weight > 100) {
			throw ProblemException.validation("weight", "must be 0 to 100");
		}
		this.jdbc.sql("""
				MERGE INTO lead_consultant_weights t USING (SELECT CAST(? AS UUID) AS staff_id, ? AS weight) s
				ON t.staff_id = s.staff_id
				WHEN MATCHED THEN UPDATE SET weight = s.weight
				WHEN NOT MATCHED THEN INSERT (staff_id, weight) VALUES (s.staff_id, s.weight)
				""").params(staffId, weight).update();
		this.audit.recordChange(AuditAction.UPDATE, "lead-consultant-weight", staffId, "weight " + weight);
		return weight;
	}

	private void requireDealer(UUID dealerId) {
		if (this.network.dealer(dealerId).isEmpty()) {
			throw ProblemException.notFound("Dealer", dealerId);
		}
	}

	private static RoutingStrategy parseStrategy(@Nullable String strategy) {
		if (strategy == null) {
			throw new IllegalArgumentException("is required");
		}
		try {
			return RoutingStrategy.valueOf(strategy.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("must be one of " + Arrays.toString(RoutingStrategy.values()));
		}
	}

	private static String describe(RoutingRule rule) {
		return "#" + rule.position() + " " + rule.strategy() + (rule.active() ? "" : " (inactive)");
	}

}
