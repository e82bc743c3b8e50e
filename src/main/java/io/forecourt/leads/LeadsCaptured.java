package io.forecourt.leads;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.Externalized;

/**
 * Leads kept in bulk (part of a chunk of a CSV import): the bulk counterpart of
 * {@link LeadCaptured} and {@link LeadGraded}, one event per few hundred leads instead of
 * two per lead. Consumers of those two handle this too. Duplicates (another source on an
 * open lead) are not in it, as they publish nothing one by one either.
 *
 * @param capturedAt when the chunk was captured (every lead in it has this time)
 */
@Externalized("forecourt.events::leads.leads.captured")
public record LeadsCaptured(List<Entry> leads, Instant capturedAt) {

	public LeadsCaptured {
		leads = List.copyOf(leads);
	}

	/**
	 * One new lead.
	 *
	 * @param customerId null for invalid and junk leads
	 * @param grade the first grade, null for invalid and junk leads
	 */
	public record Entry(UUID leadId, @Nullable UUID customerId, String channel, String brand, LeadStatus status,
			@Nullable LeadGrade grade, @Nullable Integer score) {
	}

}
