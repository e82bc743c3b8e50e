package io.forecourt.kernel.tenancy;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which records a principal may see: everything (OEM HQ, platform admin), one region's
 * dealers, one dealer, or nothing. Repositories apply it in their queries through
 * {@link ScopePredicate}, so no controller can forget it.
 */
public record AccessScope(Level level, @Nullable UUID regionId, @Nullable UUID dealerId) implements Serializable {

	public enum Level {

		ALL, REGION, DEALER, NONE

	}

	public AccessScope {
		Objects.requireNonNull(level, "level");
		if (level == Level.REGION && regionId == null) {
			throw new IllegalArgumentException("A region scope needs a region id");
		}
		if (level == Level.DEALER && dealerId == null) {
			throw new IllegalArgumentException("A dealer scope needs a dealer id");
		}
	}

	public static AccessScope all() {
		return new AccessScope(Level.ALL, null, null);
	}

	public static AccessScope region(UUID regionId) {
		return new AccessScope(Level.REGION, regionId, null);
	}

	public static AccessScope dealer(UUID dealerId) {
		return new AccessScope(Level.DEALER, null, dealerId);
	}

	public static AccessScope none() {
		return new AccessScope(Level.NONE, null, null);
	}

	public boolean isAll() {
		return this.level == Level.ALL;
	}

	/**
	 * Whether a record belonging to the given dealer (in the given region) is visible.
	 * @param dealerId the record's dealer, or {@code null} for records above dealer level
	 * @param regionId the record's region, or {@code null} for OEM-wide records
	 */
	public boolean covers(@Nullable UUID dealerId, @Nullable UUID regionId) {
		return switch (this.level) {
			case ALL -> true;
			case REGION -> regionId != null && regionId.equals(this.regionId);
			case DEALER -> dealerId != null && dealerId.equals(this.dealerId);
			case NONE -> false;
		};
	}

	@Override
	public String toString() {
		return switch (this.level) {
			case ALL -> "all";
			case REGION -> "region:" + this.regionId;
			case DEALER -> "dealer:" + this.dealerId;
			case NONE -> "none";
		};
	}

}
