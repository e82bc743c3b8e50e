package io.forecourt.leads.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.forecourt.identity.CustomerDealers;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.leads.LeadStatus;
import io.forecourt.leads.routing.RoutingData.LeadToRoute;
import io.forecourt.network.DealerSummary;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a lead in the HQ pool to a dealer and a consultant. The strategies HQ ordered are
 * tried in turn; the first that finds a dealer able to take the lead wins. A lead nobody
 * can take stays in the pool, with the reasons recorded, for HQ to route by hand.
 *
 * <p>
 * Two routers never assign a lead twice: the lead's row is locked while it is decided and
 * the update requires it still in the pool. Leads to one dealer are assigned one at a
 * time (its capacity row is locked), so consultants' open loads and the dealer's daily
 * intake are exact, also across instances.
 */
@Service
public class LeadRouting {

	private static final Logger log = LoggerFactory.getLogger(LeadRouting.class);

	static final String ROUTED = "ROUTED";

	private final RoutingData data;

	private final RoutingSnapshot snapshot;

	private final Assignments assignments;

	private final CustomerDealers customers;

	private final Clock clock;

	private final ZoneId zone;

	private final TransactionTemplate transaction;

	LeadRouting(RoutingData data, RoutingSnapshot snapshot, Assignments assignments, CustomerDealers customers,
			Clock clock, @Value("${forecourt.leads.routing.zone:Asia/Shanghai}") ZoneId zone,
			PlatformTransactionManager transactions) {
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.data = data;
		this.snapshot = snapshot;
		this.assignments = assignments;
		this.customers = customers;
		this.clock = clock;
		this.zone = zone;
	}

	/**
	 * Routes the lead if it is (still) in the pool; otherwise leaves it as it is. A
	 * system operation: callers check who may ask for it.
	 */
	@Transactional
	public RoutingOutcome route(UUID leadId) {
		Optional<LeadToRoute> locked = this.data.lock(leadId);
		if (locked.isEmpty()) {
			return RoutingOutcome.skipped(leadId, "no such lead");
		}
		LeadToRoute lead = locked.get();
		if (lead.status() != LeadStatus.NEW || lead.dealerId() != null || lead.customerId() == null) {
			return RoutingOutcome.skipped(leadId, "not in the pool (" + lead.status() + ")");
		}
		Instant now = this.clock.instant();
		RoutingSnapshot.Loaded loaded = this.snapshot.current();
		Set<UUID> reclaimedFrom = this.data.reclaimedFrom(leadId);
		List<DealerSummary> eligible = loaded.activeDealers()
			.stream()
			.filter(d -> d.brands().isEmpty() || d.brands().contains(lead.brand()))
			.filter(d -> !reclaimedFrom.contains(d.id()))
			.toList();
		List<String> notes = new ArrayList<>();
		if (!reclaimedFrom.isEmpty()) {
			notes.add("excluded after reclaim: " + reclaimedFrom.size() + " dealer(s)");
		}
		Instant today = LocalDate.ofInstant(now, this.zone).atStartOfDay(this.zone).toInstant();
		Instant lookback = now.minus(Duration.ofDays(loaded.weights().slaLookbackDays()));
		for (RoutingRule rule : loaded.activeRules()) {
			List<DealerSummary> found = new ArrayList<>(find(rule.strategy(), lead, eligible));
			while (!found.isEmpty()) {
				List<DealerCandidate> candidates = this.data.candidates(found, loaded.weights(), today, lookback);
				Optional<DealerChoice.Chosen> chosen = DealerChoice.choose(rule, candidates, loaded.weights());
				if (chosen.isEmpty()) {
					notes.add(DealerChoice.whyNone(rule, candidates));
					break;
				}
				UUID dealerId = chosen.get().dealerId();
				this.data.lockDealer(dealerId);
				// another router may have filled the dealer's day between weighing and
				// locking
				if (!rule.strategy().namesOneDealer() && this.data.intakeSince(dealerId, today) >= this.data
					.dailyCapacity(dealerId, loaded.weights())) {
					found.removeIf(d -> d.id().equals(dealerId));
					continue;
				}
				notes.add(chosen.get().explanation());
				return this.assignments.assignToDealer(lead, dealerId, ROUTED, String.join(" | ", notes), now);
			}
			if (found.isEmpty()) {
				notes.add(DealerChoice.whyNone(rule, List.of()));
			}
		}
		String explanation = notes.isEmpty() ? "no active routing rule" : String.join(" | ", notes);
		this.data.markAttempt(leadId, now);
		this.data.recordAssignment(leadId, null, null, "UNROUTED", explanation, actor(), now);
		return new RoutingOutcome(leadId, false, null, null, explanation);
	}

	/**
	 * Routes many leads (a part of a bulk import's chunk) with the rules of
	 * {@link #route}, each in a transaction of its own, as captured leads are: routing
	 * several leads in one transaction would hold several dealers' rows at once, and two
	 * such transactions running side by side deadlock. A lead that fails stays in the
	 * pool for the sweep; the others are routed.
	 */
	public List<RoutingOutcome> routeAll(List<UUID> leadIds) {
		List<RoutingOutcome> outcomes = new ArrayList<>(leadIds.size());
		for (UUID leadId : leadIds) {
			outcomes.add(routeAlone(leadId));
		}
		return outcomes;
	}

	/** One lead in its own transaction; a failure leaves it in the pool for the sweep. */
	private RoutingOutcome routeAlone(UUID leadId) {
		try {
			return Objects.requireNonNull(this.transaction.execute(status -> route(leadId)));
		}
		catch (RuntimeException ex) {
			log.warn("Routing lead {} failed; the sweep will try again", leadId, ex);
			return RoutingOutcome.skipped(leadId, "failed: " + ex.getMessage());
		}
	}

	private List<DealerSummary> find(RoutingStrategy strategy, LeadToRoute lead, List<DealerSummary> eligible) {
		UUID customerId = lead.customerId();
		return switch (strategy) {
			case PREFERRED_DEALER ->
				customerId == null ? List.of() : withId(this.customers.preferredDealer(customerId), eligible);
			case PREVIOUS_DEALER ->
				customerId == null ? List.of() : withId(this.data.previousDealer(customerId, lead.id()), eligible);
			// a district code (310115, Pudong) belongs to its city (310100): the first
			// four
			// digits name the city, the first two the province
			case SAME_CITY -> sharingPrefix(lead.cityCode(), 4, eligible);
			case SAME_PROVINCE -> sharingPrefix(lead.cityCode(), 2, eligible);
		};
	}

	private static List<DealerSummary> sharingPrefix(@Nullable String cityCode, int digits,
			List<DealerSummary> eligible) {
		if (cityCode == null || cityCode.length() < digits) {
			return List.of();
		}
		String prefix = cityCode.substring(0, digits);
		return eligible.stream().filter(d -> d.city().value().startsWith(prefix)).toList();
	}

	private static List<DealerSummary> withId(Optional<UUID> id, List<DealerSummary> eligible) {
		return id.map(dealerId -> eligible.stream().filter(d -> d.id().equals(dealerId)).toList()).orElse(List.of());
	}

	static String actor() {
		return CurrentAccess.principal().map(ForecourtPrincipal::name).orElse(ForecourtPrincipal.SYSTEM.name());
	}

}
