package io.forecourt.leads.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.forecourt.identity.CustomerDealers;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.leads.LeadStatus;
import io.forecourt.leads.routing.RoutingData.LeadToRoute;
import io.forecourt.leads.routing.RoutingData.PastLead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends leads in the HQ pool to a dealer and a consultant, one lead ({@link #route}) or a
 * chunk of an import's leads together ({@link #routeAll}); both decide with
 * {@link RoutingDecisions}. The strategies HQ ordered are tried in turn; the first that
 * finds a dealer able to take the lead wins. A lead nobody can take stays in the pool,
 * with the reasons recorded, for HQ to route by hand.
 *
 * <p>
 * Two routers never assign a lead twice: the leads' rows are locked while they are
 * decided and the update requires them still in the pool. Every dealer a decision may
 * weigh is locked (its capacity row, in the order of the dealers' ids, so routers queue
 * rather than deadlock) before its figures are read, so consultants' open loads and a
 * dealer's daily intake are exact, also across instances. A chunk is decided lead after
 * lead against figures read once and moved on in memory ({@link RoutingBook}), which
 * gives the assignments routing its leads one by one would.
 */
@Service
public class LeadRouting {

	private static final Logger log = LoggerFactory.getLogger(LeadRouting.class);

	static final String ROUTED = "ROUTED";

	private final RoutingData data;

	private final DealerIntake intake;

	private final RoutingSnapshot snapshot;

	private final Assignments assignments;

	private final CustomerDealers customers;

	private final Clock clock;

	private final ZoneId zone;

	private final TransactionTemplate transaction;

	LeadRouting(RoutingData data, DealerIntake intake, RoutingSnapshot snapshot, Assignments assignments,
			CustomerDealers customers, Clock clock, @Value("${forecourt.leads.routing.zone:Asia/Shanghai}") ZoneId zone,
			PlatformTransactionManager transactions) {
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.data = data;
		this.intake = intake;
		this.snapshot = snapshot;
		this.assignments = assignments;
		this.customers = customers;
		this.clock = clock;
		this.zone = zone;
	}

	/**
	 * Routes the lead if it is (still) in the pool, waiting for a router or hand-over
	 * that holds it; otherwise leaves it as it is. A system operation: callers check who
	 * may ask for it.
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
		return decideAndCarryOut(List.of(lead), false, this.clock.instant()).get(0);
	}

	/**
	 * Routes many leads (a part of a bulk import's chunk) together, in a transaction of
	 * their own, with a few statements for all of them: see {@link #routeTogether}. If
	 * that fails, each lead is routed on its own; a lead that fails then stays in the
	 * pool for the sweep.
	 */
	public List<RoutingOutcome> routeAll(List<UUID> leadIds) {
		try {
			return Objects.requireNonNull(this.transaction.execute(status -> routeTogether(leadIds)));
		}
		catch (RuntimeException ex) {
			log.warn("Routing {} leads together failed; routing them one by one", leadIds.size(), ex);
			List<RoutingOutcome> outcomes = new ArrayList<>(leadIds.size());
			for (UUID leadId : leadIds) {
				outcomes.add(routeAlone(leadId));
			}
			return outcomes;
		}
	}

	/**
	 * Routes those of the leads that are in the pool and that no other transaction holds,
	 * in the order given, in the caller's transaction: the leads are locked (skipping
	 * those another router or a hand-over holds, which that one decides), then every
	 * dealer any of them may go to, and the figures are read once; each lead is decided
	 * in memory against them, then all are written in bulk and announced with
	 * {@code LeadsAssigned}. The leads of a chunk are assigned a microsecond apart, in
	 * order, so that consultants' turns read back as they were decided.
	 * @return an outcome per lead given, skipped for those it did not route
	 */
	List<RoutingOutcome> routeTogether(List<UUID> leadIds) {
		List<UUID> distinct = List.copyOf(new LinkedHashSet<>(leadIds));
		if (distinct.isEmpty()) {
			return List.of();
		}
		Map<UUID, LeadToRoute> locked = this.data.lockPooled(distinct)
			.stream()
			.collect(Collectors.toMap(LeadToRoute::id, Function.identity()));
		List<LeadToRoute> inOrder = distinct.stream().filter(locked::containsKey).map(locked::get).toList();
		Map<UUID, RoutingOutcome> decided = new HashMap<>();
		decideAndCarryOut(inOrder, true, this.clock.instant().truncatedTo(ChronoUnit.MICROS))
			.forEach(outcome -> decided.put(outcome.leadId(), outcome));
		return distinct.stream()
			.map(id -> decided.getOrDefault(id,
					RoutingOutcome.skipped(id, "not in the pool, or another router or hand-over holds it")))
			.toList();
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

	/**
	 * Decides the locked pooled leads in order and carries the decisions out: what both
	 * routers do once they hold their leads.
	 */
	private List<RoutingOutcome> decideAndCarryOut(List<LeadToRoute> leads, boolean together, Instant now) {
		if (leads.isEmpty()) {
			return List.of();
		}
		RoutingSnapshot.Loaded loaded = this.snapshot.current();
		List<RoutingDecisions.Pooled> pooled = pooled(leads, loaded);
		Map<UUID, List<PastLead>> past = uses(loaded, RoutingStrategy.PREVIOUS_DEALER)
				? this.data.pastLeads(leads.stream().map(LeadToRoute::customerId).filter(Objects::nonNull).toList())
				: Map.of();
		RoutingBook before = new RoutingBook(Map.of(), dealer -> List.of(), past);
		Set<UUID> dealers = new LinkedHashSet<>();
		pooled.forEach(p -> dealers.addAll(RoutingDecisions.dealersToWeigh(p, loaded, before)));
		this.intake.lockDealers(dealers);
		Instant today = LocalDate.ofInstant(now, this.zone).atStartOfDay(this.zone).toInstant();
		Instant lookback = now.minus(Duration.ofDays(loaded.weights().slaLookbackDays()));
		RoutingBook book = new RoutingBook(this.intake.dealerFigures(dealers, loaded.weights(), today, lookback),
				this.assignments::consultantLoads, past);
		List<Assignments.Decided> decided = new ArrayList<>(pooled.size());
		for (int i = 0; i < pooled.size(); i++) {
			LeadToRoute lead = pooled.get(i).lead();
			Instant at = together ? now.plus(i, ChronoUnit.MICROS) : now;
			RoutingDecisions.Decision decision = RoutingDecisions.decide(pooled.get(i), loaded, book);
			book.assigned(lead, decision, at);
			decided.add(new Assignments.Decided(lead, decision, at));
		}
		return this.assignments.carryOut(decided, together);
	}

	/**
	 * The leads with the dealers they were reclaimed from and their customers' choice.
	 */
	private List<RoutingDecisions.Pooled> pooled(List<LeadToRoute> leads, RoutingSnapshot.Loaded loaded) {
		Map<UUID, Set<UUID>> reclaimed = this.data.reclaimedFrom(leads.stream().map(LeadToRoute::id).toList());
		Map<UUID, Optional<UUID>> preferred = new HashMap<>();
		boolean preferredCounts = uses(loaded, RoutingStrategy.PREFERRED_DEALER);
		List<RoutingDecisions.Pooled> pooled = new ArrayList<>(leads.size());
		for (LeadToRoute lead : leads) {
			UUID customerId = lead.customerId();
			UUID preferredDealer = !preferredCounts || customerId == null ? null
					: preferred.computeIfAbsent(customerId, this.customers::preferredDealer).orElse(null);
			pooled.add(new RoutingDecisions.Pooled(lead, reclaimed.getOrDefault(lead.id(), Set.of()), preferredDealer));
		}
		return pooled;
	}

	private static boolean uses(RoutingSnapshot.Loaded loaded, RoutingStrategy strategy) {
		return loaded.activeRules().stream().anyMatch(rule -> rule.strategy() == strategy);
	}

	static String actor() {
		return CurrentAccess.principal().map(ForecourtPrincipal::name).orElse(ForecourtPrincipal.SYSTEM.name());
	}

}
