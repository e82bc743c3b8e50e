package io.forecourt.network.web;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.forecourt.network.DealerStatus;
import io.forecourt.network.domain.Dealer;
import io.forecourt.network.domain.DealerProfile;
import io.forecourt.network.domain.OpeningHours;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The console's dealer form, for registering and for revising. {@code code} is only read
 * on registration (a dealer's code never changes); {@code status} and {@code version}
 * only on revision. Brands are typed comma-separated; opening hours as one
 * {@code 09:00-18:00} per weekday, empty for closed.
 */
record DealerForm(@Nullable String code, @NotNull @Nullable UUID regionId,
		@NotBlank @Size(max = 100) @Nullable String nameZh, @NotBlank @Size(max = 100) @Nullable String nameEn,
		@NotBlank @Size(max = 300) @Nullable String address, @NotBlank @Nullable String cityCode,
		@NotNull @DecimalMin("-90") @DecimalMax("90") @Nullable Double latitude,
		@NotNull @DecimalMin("-180") @DecimalMax("180") @Nullable Double longitude,
		@NotBlank @Size(max = 40) @Nullable String phone, @NotBlank @Size(max = 400) @Nullable String brands,
		@NotNull @Min(0) @Max(500) @Nullable Integer workshopBays, @Nullable Map<String, String> hours,
		@Nullable DealerStatus status, @Nullable Long version) {

	/** The form's fields, for attaching problems to them. */
	static final Set<String> FIELDS = Set.of("code", "regionId", "nameZh", "nameEn", "address", "cityCode", "latitude",
			"longitude", "phone", "brands", "workshopBays", "openingHours", "status");

	static final List<DayOfWeek> DAYS = List.of(DayOfWeek.values());

	private static final String DEFAULT_HOURS = "09:00-18:00";

	/** A new dealer: open every day 09:00-18:00 until HQ says otherwise. */
	static DealerForm blank(@Nullable UUID regionId) {
		Map<String, String> hours = new LinkedHashMap<>();
		DAYS.forEach((day) -> hours.put(day.name(), DEFAULT_HOURS));
		return new DealerForm(null, regionId, null, null, null, null, null, null, null, null, null, hours, null, null);
	}

	static DealerForm of(Dealer dealer) {
		DealerProfile p = dealer.profile();
		Map<String, String> hours = new LinkedHashMap<>(p.openingHours().asMap());
		return new DealerForm(dealer.code(), dealer.regionId(), p.nameZh(), p.nameEn(), p.address(), p.city().value(),
				p.location().latitude(), p.location().longitude(), p.phone().e164(),
				p.brands().stream().sorted().collect(Collectors.joining(", ")), p.workshopBays(), hours,
				dealer.status(), dealer.version());
	}

	/** What is typed for a day, or empty when the dealer is closed that day. */
	public String hoursOn(DayOfWeek day) {
		String range = this.hours == null ? null : this.hours.get(day.name());
		return range == null ? "" : range;
	}

	/** Checks the code as registration needs it: required, and in the dealer format. */
	void checkCode(FormErrors errors) {
		if (this.code == null || this.code.isBlank()) {
			errors.fieldMessage("code", "network.form.required");
		}
		else if (!Dealer.isValidCode(this.code.strip())) {
			errors.fieldMessage("code", "network.dealer.code.format");
		}
	}

	/**
	 * Checks every day on its own, so each wrong day is marked rather than the first one
	 * the whole table of hours reports.
	 */
	boolean checkHours(FormErrors errors) {
		boolean ok = true;
		for (DayOfWeek day : DAYS) {
			String range = hoursOn(day);
			if (!range.isBlank()) {
				try {
					OpeningHours.of(Map.of(day.name(), range));
				}
				catch (IllegalArgumentException ex) {
					errors.fieldMessage("hours." + day.name(), "network.dealer.hours.invalid", range.strip());
					ok = false;
				}
			}
		}
		return ok;
	}

	/** The same input the REST API converts, so both reject the same values. */
	DealerInput input() {
		Map<String, String> open = new LinkedHashMap<>();
		DAYS.forEach((day) -> {
			if (!hoursOn(day).isBlank()) {
				open.put(day.name(), hoursOn(day).strip());
			}
		});
		Set<String> brandSet = this.brands == null ? Set.of()
				: Arrays.stream(this.brands.split("[,，、]"))
					.map(String::strip)
					.filter((brand) -> !brand.isEmpty())
					.collect(Collectors.toCollection(LinkedHashSet::new));
		return new Input(this.regionId, this.nameZh, this.nameEn, this.address, strip(this.cityCode), this.latitude,
				this.longitude, this.phone, open, brandSet, this.workshopBays);
	}

	private static @Nullable String strip(@Nullable String value) {
		return value == null ? null : value.strip();
	}

	private record Input(@Nullable UUID regionId, @Nullable String nameZh, @Nullable String nameEn,
			@Nullable String address, @Nullable String cityCode, @Nullable Double latitude, @Nullable Double longitude,
			@Nullable String phone, Map<String, String> openingHours, Set<String> brands,
			@Nullable Integer workshopBays) implements DealerInput {

	}

}
