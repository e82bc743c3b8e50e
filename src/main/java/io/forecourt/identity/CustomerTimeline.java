package io.forecourt.identity;

import java.util.List;

import io.forecourt.identity.domain.Timeline;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's timeline, written by every module. A module records what happened from
 * an {@code @ApplicationModuleListener} on its own event, so the entry is written after
 * the module's transaction committed, retried from the event publication registry if
 * identity was unavailable, and never rolls the module's own change back:
 *
 * <pre>{@code
 * &#64;ApplicationModuleListener
 * void on(LeadAssigned event) {
 *     timeline.record(new TimelineEntry(event.customerId(), event.assignedAt(), "leads",
 *             "LEAD_ASSIGNED", "Lead assigned to " + event.consultantName(), "lead",
 *             event.leadId().toString(), null));
 * }
 * }</pre>
 *
 * Take {@code occurredAt} from the event: an entry with a reference is written once per
 * customer, module, type, reference and time, so a redelivered event adds nothing. A
 * system operation (no data scope); keep personal data (phone numbers, ID numbers) out of
 * summary and detail, which every viewer of the customer sees unmasked.
 */
@Component
public class CustomerTimeline {

	private final Timeline timeline;

	CustomerTimeline(Timeline timeline) {
		this.timeline = timeline;
	}

	/**
	 * @return whether the entry was added (false for a repeated one)
	 * @throws org.springframework.dao.DataIntegrityViolationException for an unknown
	 * customer
	 */
	@Transactional
	public boolean record(TimelineEntry entry) {
		return this.timeline.append(entry);
	}

	/**
	 * Records many entries at once (what a bulk import's listener writes): the same rules
	 * as {@link #record}, an entry with a reference is written once, in a few statements
	 * for the whole list.
	 * @return how many entries were added
	 */
	@Transactional
	public int recordAll(List<TimelineEntry> entries) {
		return this.timeline.appendAll(entries);
	}

}
