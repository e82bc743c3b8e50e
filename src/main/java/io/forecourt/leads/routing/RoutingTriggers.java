package io.forecourt.leads.routing;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.forecourt.leads.LeadCaptured;
import io.forecourt.leads.LeadReactivated;
import io.forecourt.leads.LeadReclaimed;
import io.forecourt.leads.LeadStatus;
import io.forecourt.leads.LeadsCaptured;
import jakarta.annotation.PreDestroy;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Routes leads without anyone asking: each valid new lead right after its capture
 * committed, each lead reclaimed or reactivated into the HQ pool, and, as a safety net,
 * any lead a router never got to (an instance died between capture and routing, or
 * automatic routing was off for a while). The sweep runs on one instance at a time.
 */
@Component
class RoutingTriggers {

	private static final Logger log = LoggerFactory.getLogger(RoutingTriggers.class);

	/** The sweep leaves recent leads to the listener. */
	private static final Duration GRACE = Duration.ofMinutes(2);

	private static final int SWEEP_BATCH = 500;

	/**
	 * Leads routed together at most: the parts of a chunk queued meanwhile are routed in
	 * one go, so what routing reads once per go (dealers' figures, consultants' loads) is
	 * read once for several parts, while the dealers stay held for a few seconds at most.
	 */
	static final int BULK_MAX = 2000;

	private final LeadRouting routing;

	private final RoutingData data;

	private final Clock clock;

	private final boolean automatic;

	/** Routes bulk imports' leads, those queued together, beside everything else. */
	private final ExecutorService bulkRouting = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("lead-bulk-routing").daemon(true).factory());

	/** Bulk imports' leads waiting for the bulk-routing thread, in arrival order. */
	private final Queue<UUID> queued = new ConcurrentLinkedQueue<>();

	RoutingTriggers(LeadRouting routing, RoutingData data, Clock clock,
			@Value("${forecourt.leads.routing.automatic:true}") boolean automatic) {
		this.routing = routing;
		this.data = data;
		this.clock = clock;
		this.automatic = automatic;
	}

	@ApplicationModuleListener
	void on(LeadCaptured event) {
		if (this.automatic && event.status() == LeadStatus.NEW && event.customerId() != null) {
			this.routing.route(event.leadId());
		}
	}

	/**
	 * A part of a bulk import's chunk (or of a presale batch): its valid new leads are
	 * queued for the instance's one bulk-routing thread, which routes them together, set
	 * based, in a transaction of their own, with whatever other parts arrived meanwhile.
	 * Queued, not routed here: an import sends many parts at once, and routing them side
	 * by side would take every connection and every listener thread, starving the import
	 * and other listeners, and would only queue on the same dealers' rows. Leads still
	 * queued when the instance stops are found by the sweep, as any lead a router never
	 * got to.
	 */
	@ApplicationModuleListener
	void on(LeadsCaptured event) {
		if (!this.automatic) {
			return;
		}
		List<UUID> pool = event.leads()
			.stream()
			.filter(lead -> lead.status() == LeadStatus.NEW && lead.customerId() != null)
			.map(LeadsCaptured.Entry::leadId)
			.toList();
		if (!pool.isEmpty()) {
			this.queued.addAll(pool);
			this.bulkRouting.execute(this::routeQueued);
		}
	}

	/** Routes what is queued, up to {@link #BULK_MAX} leads at a time, until none is. */
	private void routeQueued() {
		while (!Thread.currentThread().isInterrupted()) {
			List<UUID> next = new ArrayList<>();
			UUID lead;
			while (next.size() < BULK_MAX && (lead = this.queued.poll()) != null) {
				next.add(lead);
			}
			if (next.isEmpty()) {
				return;
			}
			this.routing.routeAll(next);
		}
	}

	@PreDestroy
	void stopBulkRouting() {
		this.bulkRouting.shutdownNow();
	}

	/** A lead reclaimed from a dealer is routed again, never back to that dealer. */
	@ApplicationModuleListener
	void on(LeadReclaimed event) {
		if (this.automatic) {
			this.routing.route(event.leadId());
		}
	}

	/** A lead HQ reactivated into the pool is routed like a new one. */
	@ApplicationModuleListener
	void on(LeadReactivated event) {
		if (this.automatic && event.dealerId() == null) {
			this.routing.route(event.leadId());
		}
	}

	@Scheduled(fixedDelayString = "${forecourt.leads.routing.sweep-interval:PT1M}", initialDelayString = "PT45S")
	@SchedulerLock(name = "leads.routing-sweep", lockAtMostFor = "PT5M")
	void sweep() {
		if (!this.automatic) {
			return;
		}
		List<UUID> leads = this.data.neverRouted(this.clock.instant().minus(GRACE), SWEEP_BATCH);
		if (!leads.isEmpty()) {
			log.info("Routing {} lead(s) no router got to", leads.size());
		}
		this.routing.routeAll(leads);
	}

}
