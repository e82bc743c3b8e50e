package io.forecourt.leads.web;

import java.util.Set;

import io.forecourt.leads.funnel.FunnelRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The funnel page's filters as typed (so a rejected value is shown back as it was), and
 * which of them were rejected.
 */
record LeadFunnelFilter(String from, String to, String groupBy, String period, String channel, Set<String> invalid) {

	static LeadFunnelFilter of(@Nullable String from, @Nullable String to, @Nullable String groupBy,
			@Nullable String period, @Nullable String channel) {
		return new LeadFunnelFilter(text(from), text(to), text(groupBy), text(period), text(channel), Set.of());
	}

	/** The filters as the request resolved them (default dates filled in). */
	LeadFunnelFilter resolved(FunnelRequest request) {
		return new LeadFunnelFilter(request.from().toString(), request.to().toString(), request.groupBy().parameter(),
				request.period() == null ? "" : request.period().parameter(), this.channel, Set.of());
	}

	LeadFunnelFilter rejecting(Set<String> fields) {
		return new LeadFunnelFilter(this.from, this.to, this.groupBy, this.period, this.channel, Set.copyOf(fields));
	}

	public boolean invalid(String field) {
		return this.invalid.contains(field);
	}

	/** The CSV download of the same funnel. */
	public String exportUrl() {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(LeadFunnelConsole.PATH + "/export");
		add(uri, "from", this.from);
		add(uri, "to", this.to);
		add(uri, "groupBy", this.groupBy);
		add(uri, "period", this.period);
		add(uri, "channel", this.channel);
		return uri.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder uri, String name, String value) {
		if (!value.isEmpty()) {
			uri.queryParam(name, value);
		}
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

}
