package io.forecourt.leads;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.Externalized;

/**
 * Leads routed in bulk (part of a chunk of a CSV import or of a presale batch): the bulk
 * counterpart of {@link LeadAssigned} with reason ROUTED, one event per few hundred leads
 * instead of one per lead. Consumers of that event handle this too. Leads that found no
 * dealer are not in it, as they publish nothing one by one either.
 */
@Externalized("forecourt.events::leads.leads.assigned")
public record LeadsAssigned(List<Entry> leads) {

	public LeadsAssigned {
		leads = List.copyOf(leads);
	}

	/**
	 * One lead, as {@link LeadAssigned} would have said it.
	 *
	 * @param consultantId null when the dealer has no active consultant yet and its
	 * manager must assign one
	 * @param firstContactDue when the dealer must have made first contact (the SLA)
	 */
	public record Entry(UUID leadId, UUID customerId, UUID dealerId, @Nullable UUID consultantId,
			Instant firstContactDue, Instant assignedAt) {
	}

}
