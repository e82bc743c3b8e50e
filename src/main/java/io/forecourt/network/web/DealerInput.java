package io.forecourt.network.web;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.contact.PhoneNumber;
import io.forecourt.kernel.geo.CityCode;
import io.forecourt.kernel.geo.GeoPoint;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.network.domain.DealerProfile;
import io.forecourt.network.domain.OpeningHours;
import org.jspecify.annotations.Nullable;

/**
 * The dealer fields an API request or a console form carries, and their conversion into a
 * {@link DealerProfile} that reports every invalid field at once.
 */
interface DealerInput {

	@Nullable UUID regionId();

	@Nullable String nameZh();

	@Nullable String nameEn();

	@Nullable String address();

	@Nullable String cityCode();

	@Nullable Double latitude();

	@Nullable Double longitude();

	@Nullable String phone();

	@Nullable Map<String, String> openingHours();

	@Nullable Set<String> brands();

	@Nullable Integer workshopBays();

	/**
	 * @throws io.forecourt.kernel.web.ProblemException naming every invalid field
	 */
	default DealerProfile toProfile() {
		FieldErrors errors = new FieldErrors();
		CityCode city = errors.attempt("cityCode", () -> new CityCode(required(cityCode())));
		GeoPoint location = errors.attempt("latitude", () -> new GeoPoint(required(latitude()), required(longitude())));
		PhoneNumber phone = errors.attempt("phone", () -> PhoneNumber.parse(required(phone())));
		OpeningHours hours = errors.attempt("openingHours",
				() -> OpeningHours.of(openingHours() == null ? Map.of() : openingHours()));
		errors.throwIfAny();
		DealerProfile profile = errors.attempt("dealer",
				() -> new DealerProfile(trim(nameZh()), trim(nameEn()), trim(address()), city, location, phone, hours,
						brands() == null ? Set.of()
								: brands().stream().map(String::strip).collect(java.util.stream.Collectors.toSet()),
						workshopBays() == null ? 0 : workshopBays()));
		errors.throwIfAny();
		return profile;
	}

	private static <T> T required(@Nullable T value) {
		if (value == null) {
			throw new IllegalArgumentException("must not be empty");
		}
		return value;
	}

	private static String trim(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

}
