package io.forecourt.service.workshop;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A service a dealer offers: an appointment of this type holds a bay of the required kind
 * and a technician with the required skill for the standard duration (whole quarter
 * hours).
 *
 * @param code the same across dealers for the same service (e.g. {@code MAINT-MINOR}), so
 * the brand app and the dealer recommendation can ask for it everywhere
 * @param intervalKm for routine maintenance: due every this many kilometres
 * @param intervalMonths for routine maintenance: due every this many months
 */
public record ServiceType(UUID dealerId, String code, ServiceCategory category, String nameZh, String nameEn,
		int standardMinutes, Skill requiredSkill, BayKind requiredBayKind, @Nullable Integer intervalKm,
		@Nullable Integer intervalMonths, boolean active, long version, Instant updatedAt) {

	public Duration duration() {
		return Duration.ofMinutes(this.standardMinutes);
	}

	/** Whether this bay and technician can do it. */
	public boolean fits(Bay bay) {
		return bay.kind() == this.requiredBayKind;
	}

	public boolean fits(Technician technician) {
		return technician.can(this.requiredSkill);
	}

}
