package io.forecourt.leads.funnel;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;

/**
 * The funnel of one group (or of the total) over the whole range and, when a period was
 * asked for, per period.
 *
 * @param key what the group is: a channel, a dealer or consultant id, a model;
 * {@code null} for leads no dealer or consultant holds yet, or without a model, and for
 * the total
 * @param label how people know it: the channel or model, the dealer's code and name, the
 * consultant's name; {@code null} with the key
 * @param series per period of capture, in order, every period present (empty when no
 * period was asked for)
 */
public record FunnelGroup(@Nullable String key, @Nullable String label, @JsonUnwrapped FunnelFigures figures,
		List<Period> series) {

	public FunnelGroup {
		series = List.copyOf(series);
	}

	/**
	 * The leads captured in one period and how far they got (by now, not by the period's
	 * end: a cohort).
	 */
	public record Period(LocalDate start, LocalDate end, @JsonUnwrapped FunnelFigures figures) {
	}

}
