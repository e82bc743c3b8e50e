package io.forecourt.kernel.tenancy;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A SQL condition that keeps only the rows an {@link AccessScope} covers, with its named
 * parameters. Repositories append it to every read, so scoping lives in the data layer:
 *
 * <pre>{@code
 * var visible = ScopePredicate.ofDealerAndRegion(scope, "d.id", "d.region_id");
 * jdbc.sql("SELECT ... FROM dealers d WHERE d.id = :id AND " + visible.sql())
 *     .params(visible.params()).param("id", id)...
 * }</pre>
 *
 * Column names come from code, never from user input; values are always bound.
 */
public record ScopePredicate(String sql, Map<String, Object> params) {

	private static final ScopePredicate EVERYTHING = new ScopePredicate("1=1", Map.of());

	private static final ScopePredicate NOTHING = new ScopePredicate("1=0", Map.of());

	/** For tables that carry both the dealer and the region of each row. */
	public static ScopePredicate ofDealerAndRegion(AccessScope scope, String dealerColumn, String regionColumn) {
		return switch (scope.level()) {
			case ALL -> EVERYTHING;
			case REGION ->
				new ScopePredicate(regionColumn + " = :scopeRegionId", Map.of("scopeRegionId", scope.regionId()));
			case DEALER ->
				new ScopePredicate(dealerColumn + " = :scopeDealerId", Map.of("scopeDealerId", scope.dealerId()));
			case NONE -> NOTHING;
		};
	}

	/** For region-level rows (a region is visible to HQ and to its own manager). */
	public static ScopePredicate ofRegion(AccessScope scope, String regionColumn, Set<UUID> regionsOfDealer) {
		return switch (scope.level()) {
			case ALL -> EVERYTHING;
			case REGION ->
				new ScopePredicate(regionColumn + " = :scopeRegionId", Map.of("scopeRegionId", scope.regionId()));
			case DEALER ->
				regionsOfDealer.isEmpty() ? NOTHING : new ScopePredicate(regionColumn + " IN (:scopeRegionIds)",
						Map.of("scopeRegionIds", regionsOfDealer));
			case NONE -> NOTHING;
		};
	}

	/**
	 * For tables that carry only a dealer id: a region scope is expanded to its dealers
	 * through the {@link RegionDirectory}.
	 */
	public static ScopePredicate ofDealer(AccessScope scope, String dealerColumn, RegionDirectory regions) {
		return switch (scope.level()) {
			case ALL -> EVERYTHING;
			case REGION -> {
				Set<UUID> dealers = regions.dealersOf(scope.regionId());
				yield dealers.isEmpty() ? NOTHING
						: new ScopePredicate(dealerColumn + " IN (:scopeDealerIds)", Map.of("scopeDealerIds", dealers));
			}
			case DEALER ->
				new ScopePredicate(dealerColumn + " = :scopeDealerId", Map.of("scopeDealerId", scope.dealerId()));
			case NONE -> NOTHING;
		};
	}

}
