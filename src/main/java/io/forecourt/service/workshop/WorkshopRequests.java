package io.forecourt.service.workshop;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What managers send to configure a workshop; enum values as their names. */
public final class WorkshopRequests {

	private WorkshopRequests() {
	}

	/**
	 * @param kind GENERAL, TYRE, EV or WASH
	 */
	public record NewBay(@Nullable String code, @Nullable String name, @Nullable String kind) {
	}

	/** Each field changes when given. */
	public record BayChange(@Nullable String name, @Nullable String kind, @Nullable Boolean active) {
	}

	/**
	 * @param staffId the network's staff member this technician is, if any
	 */
	public record NewTechnician(@Nullable String name, @Nullable UUID staffId, @Nullable List<String> skills) {
	}

	/** Each field changes when given. */
	public record TechnicianChange(@Nullable String name, @Nullable List<String> skills, @Nullable Boolean active) {
	}

	public record NewServiceType(@Nullable String code, @Nullable String category, @Nullable String nameZh,
			@Nullable String nameEn, @Nullable Integer standardMinutes, @Nullable String requiredSkill,
			@Nullable String requiredBayKind, @Nullable Integer intervalKm, @Nullable Integer intervalMonths) {
	}

	/**
	 * Each field changes when given; {@code clearInterval} removes the maintenance
	 * interval.
	 */
	public record ServiceTypeChange(@Nullable String nameZh, @Nullable String nameEn, @Nullable Integer standardMinutes,
			@Nullable String requiredSkill, @Nullable String requiredBayKind, @Nullable Integer intervalKm,
			@Nullable Integer intervalMonths, @Nullable Boolean active) {
	}

	/**
	 * @param rating 1 to 5, two decimals
	 */
	public record Rating(@Nullable BigDecimal rating, @Nullable Integer reviews) {
	}

}
