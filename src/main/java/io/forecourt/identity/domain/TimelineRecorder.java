package io.forecourt.identity.domain;

import java.time.Clock;
import java.util.UUID;

import io.forecourt.identity.ConsentChanged;
import io.forecourt.identity.CustomerCreated;
import io.forecourt.identity.CustomerProfileChanged;
import io.forecourt.identity.CustomersCreated;
import io.forecourt.identity.CustomersMerged;
import io.forecourt.identity.CustomersUnmerged;
import io.forecourt.identity.TimelineEntry;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts identity's own events on the timeline.
 *
 * <p>
 * These are plain, synchronous listeners, not {@code @ApplicationModuleListener}s: the
 * event and the entry belong to one module and one database, so writing the entry in the
 * publisher's transaction makes the change and its timeline entry commit or roll back
 * together, and the 360 view shows it at once. An asynchronous listener would add a
 * window in which the change is visible without its entry, and a registry record per
 * event, for nothing. Other modules' events are different: they reach identity after
 * their own transaction, through their listeners calling
 * {@link io.forecourt.identity.CustomerTimeline}.
 */
@Component
class TimelineRecorder {

	private static final String MODULE = "identity";

	private final Timeline timeline;

	private final Clock clock;

	TimelineRecorder(Timeline timeline, Clock clock) {
		this.timeline = timeline;
		this.clock = clock;
	}

	@EventListener
	void on(CustomerCreated event) {
		record(event.customerId(), "CUSTOMER_CREATED", "First seen (source " + event.source() + ")", null, null);
	}

	/** A bulk resolution's new customers, written in one go. */
	@EventListener
	void on(CustomersCreated event) {
		java.time.Instant now = this.clock.instant();
		this.timeline.appendAll(event.customers()
			.stream()
			.map(created -> new TimelineEntry(created.customerId(), now, MODULE, "CUSTOMER_CREATED",
					"First seen (source " + created.source() + ")", null, null, null))
			.toList());
	}

	@EventListener
	void on(CustomersMerged event) {
		record(event.survivorId(), "CUSTOMERS_MERGED",
				"Customer " + event.mergedId() + " merged into this one: " + event.reason(), "customer-merge",
				event.mergeId());
	}

	/** Both sides get an entry: after the unmerge each shows its own timeline. */
	@EventListener
	void on(CustomersUnmerged event) {
		record(event.survivorId(), "CUSTOMERS_UNMERGED", "Customer " + event.restoredId() + " separated again",
				"customer-merge", event.mergeId());
		record(event.restoredId(), "CUSTOMERS_UNMERGED", "Separated from customer " + event.survivorId(),
				"customer-merge", event.mergeId());
	}

	@EventListener
	void on(ConsentChanged event) {
		record(event.customerId(), event.granted() ? "CONSENT_GRANTED" : "CONSENT_WITHDRAWN",
				"Consent for " + event.purpose() + (event.granted() ? " granted" : " withdrawn"), null, null);
	}

	@EventListener
	void on(CustomerProfileChanged event) {
		record(event.customerId(), "PROFILE_CHANGED", "Profile updated", null, null);
	}

	private void record(UUID customerId, String type, String summary, @Nullable String refType,
			@Nullable Object refId) {
		this.timeline.append(new TimelineEntry(customerId, this.clock.instant(), MODULE, type, summary, refType,
				refId == null ? null : refId.toString(), null));
	}

}
