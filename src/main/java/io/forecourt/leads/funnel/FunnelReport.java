package io.forecourt.leads.funnel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The funnel of the leads captured from {@code from} to {@code to} (local dates in
 * {@code zone}, both included) within the caller's scope: the total, and one group per
 * channel, dealer, consultant or model when broken down (the groups add up to the total).
 * Counts are cohorts: the leads captured in the range (or period) and how far they have
 * got by now.
 */
public record FunnelReport(LocalDate from, LocalDate to, ZoneId zone, FunnelGrouping groupBy,
		@Nullable FunnelPeriod period, Filters filters, List<FunnelStage> stages, FunnelGroup total,
		List<FunnelGroup> groups) {

	public FunnelReport {
		stages = List.copyOf(stages);
		groups = List.copyOf(groups);
	}

	/** The filters applied, {@code null} where none. */
	public record Filters(@Nullable String channel, @Nullable UUID dealerId, @Nullable String model) {
	}

}
