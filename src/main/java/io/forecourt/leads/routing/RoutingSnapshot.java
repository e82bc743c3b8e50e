package io.forecourt.leads.routing;

import java.time.Duration;
import java.util.List;

import io.forecourt.kernel.cache.RefreshingCopy;
import io.forecourt.network.DealerNetwork;
import io.forecourt.network.DealerRegistered;
import io.forecourt.network.DealerStatusChanged;
import io.forecourt.network.DealerSummary;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The routing order, the weights and the active dealers, held in memory for a few
 * seconds: every lead is routed against them, and they change rarely. A dealer
 * deactivated meanwhile may still be chosen within that time; its manager or HQ can move
 * such a lead on.
 */
@Component
class RoutingSnapshot {

	record Loaded(List<RoutingRule> activeRules, RoutingWeights weights, List<DealerSummary> activeDealers) {
	}

	private final RefreshingCopy<Loaded> copy;

	RoutingSnapshot(RoutingRules rules, DealerNetwork network) {
		this.copy = new RefreshingCopy<>(Duration.ofSeconds(5),
				() -> new Loaded(rules.findAll().stream().filter(RoutingRule::active).toList(), rules.weights(),
						network.activeDealers()));
	}

	Loaded current() {
		return this.copy.get();
	}

	/** Takes a change HQ made into account from the next lead on. */
	void forget() {
		this.copy.forget();
	}

	/** A new dealer takes leads from its first minute, on this instance at least. */
	@EventListener
	void on(DealerRegistered event) {
		forget();
	}

	/** So is a deactivated dealer passed over at once, on this instance at least. */
	@EventListener
	void on(DealerStatusChanged event) {
		forget();
	}

}
