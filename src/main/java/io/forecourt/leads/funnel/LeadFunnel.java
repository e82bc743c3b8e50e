package io.forecourt.leads.funnel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.tenancy.RegionDirectory;
import io.forecourt.kernel.tenancy.ScopePredicate;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.leads.funnel.FunnelCounts.Tally;
import io.forecourt.network.DealerNetwork;
import io.forecourt.network.DealerSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead funnel within the caller's scope: HQ sees every lead, a region its dealers'
 * leads, dealer staff (managers and consultants alike) their dealer's. Leads no dealer
 * holds yet are HQ's alone.
 */
@Service
public class LeadFunnel {

	/**
	 * The most group-and-period rows one answer holds (a year of days for every
	 * consultant would be millions).
	 */
	public static final int MAX_SLICES = 20_000;

	/** Stands for the null key in maps (a lead no one holds yet, or without a model). */
	private static final String NO_KEY = "\u0000none";

	private final FunnelCounts counts;

	private final RegionDirectory regions;

	private final DealerNetwork network;

	private final Clock clock;

	private final ZoneId zone;

	LeadFunnel(FunnelCounts counts, RegionDirectory regions, DealerNetwork network, Clock clock,
			@Value("${forecourt.leads.funnel.zone:Asia/Shanghai}") ZoneId zone) {
		this.counts = counts;
		this.regions = regions;
		this.network = network;
		this.clock = clock;
		this.zone = zone;
	}

	/** Today in the funnel's zone: the default end of a range. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

	/**
	 * The funnel asked for, its groups labelled in the viewer's language (dealer names)
	 * and ordered by captured leads, most first.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_LEAD_READ')")
	public FunnelReport report(FunnelRequest request, Locale locale) {
		List<FunnelPeriod.DateRange> periods = request.period() == null
				? List.of(new FunnelPeriod.DateRange(request.from(), request.to()))
				: request.period().periods(request.from(), request.to());
		List<Instant> starts = periods.stream().map(period -> startOf(period.start())).toList();
		Instant end = startOf(request.to().plusDays(1));
		ScopePredicate scope = ScopePredicate.ofDealer(CurrentAccess.scope(), "l.dealer_id", this.regions);
		List<Tally> tallies = this.counts.count(request, scope, starts, end);

		Map<String, Sums> byKey = new LinkedHashMap<>();
		Sums total = new Sums(periods.size());
		for (Tally tally : tallies) {
			total.add(tally);
			byKey.computeIfAbsent(Objects.requireNonNullElse(tally.key(), NO_KEY), key -> new Sums(periods.size()))
				.add(tally);
		}
		long slices = (long) (byKey.size() + 1) * periods.size();
		if (slices > MAX_SLICES) {
			throw ProblemException.validation(request.period() == null ? "groupBy" : "period", "gives " + slices
					+ " rows, more than " + MAX_SLICES + ": choose a longer period, a shorter range or a filter");
		}
		List<FunnelGroup> groups = new ArrayList<>();
		if (request.groupBy() != FunnelGrouping.NONE) {
			Map<String, String> labels = labels(request.groupBy(), byKey.keySet(), locale);
			byKey.forEach((key, sums) -> {
				String realKey = NO_KEY.equals(key) ? null : key;
				groups.add(sums.group(realKey, realKey == null ? null : labels.getOrDefault(key, key), periods,
						request.period() != null));
			});
			groups.sort(Comparator.comparing((FunnelGroup group) -> group.key() == null)
				.thenComparing(group -> -group.figures().captured())
				.thenComparing(group -> Objects.requireNonNullElse(group.label(), "")));
		}
		return new FunnelReport(request.from(), request.to(), this.zone, request.groupBy(), request.period(),
				new FunnelReport.Filters(request.channel(), request.dealerId(), request.model()),
				List.of(FunnelStage.values()), total.group(null, null, periods, request.period() != null), groups);
	}

	private Instant startOf(LocalDate day) {
		return day.atStartOfDay(this.zone).toInstant();
	}

	/** Group keys as people know them; keys without a label stand for themselves. */
	private Map<String, String> labels(FunnelGrouping grouping, Set<String> keys, Locale locale) {
		Set<UUID> ids = new HashSet<>();
		if (grouping == FunnelGrouping.DEALER || grouping == FunnelGrouping.CONSULTANT) {
			keys.stream().filter(key -> !NO_KEY.equals(key)).map(UUID::fromString).forEach(ids::add);
		}
		Map<String, String> labels = new LinkedHashMap<>();
		if (grouping == FunnelGrouping.DEALER) {
			boolean chinese = "zh".equals(locale.getLanguage());
			for (DealerSummary dealer : this.network.dealers(ids).values()) {
				labels.put(dealer.id().toString(), dealer.code() + " " + (chinese ? dealer.nameZh() : dealer.nameEn()));
			}
		}
		else if (grouping == FunnelGrouping.CONSULTANT) {
			this.network.staffNames(ids).forEach((id, name) -> labels.put(id.toString(), name));
		}
		return labels;
	}

	/** One group's counts per period, summed from its tallies. */
	private static final class Sums {

		private final long[][] counts;

		private final long[] duplicates;

		Sums(int periods) {
			this.counts = new long[periods][FunnelStage.values().length];
			this.duplicates = new long[periods];
		}

		void add(Tally tally) {
			long[] period = this.counts[tally.period()];
			for (int stage = 0; stage < period.length; stage++) {
				period[stage] += tally.counts()[stage];
			}
			this.duplicates[tally.period()] += tally.duplicates();
		}

		FunnelGroup group(@Nullable String key, @Nullable String label, List<FunnelPeriod.DateRange> periods,
				boolean series) {
			long[] whole = new long[FunnelStage.values().length];
			long duplicatesOfAll = 0;
			List<FunnelGroup.Period> points = new ArrayList<>();
			for (int index = 0; index < periods.size(); index++) {
				long[] period = this.counts[index];
				Arrays.setAll(whole, stage -> whole[stage] + period[stage]);
				duplicatesOfAll += this.duplicates[index];
				if (series) {
					FunnelPeriod.DateRange range = periods.get(index);
					points.add(new FunnelGroup.Period(range.start(), range.end(),
							FunnelFigures.of(period, this.duplicates[index])));
				}
			}
			return new FunnelGroup(key, label, FunnelFigures.of(whole, duplicatesOfAll), points);
		}

	}

}
