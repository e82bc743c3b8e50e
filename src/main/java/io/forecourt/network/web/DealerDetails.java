package io.forecourt.network.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.forecourt.network.DealerStatus;
import io.forecourt.network.domain.Dealer;
import io.forecourt.network.domain.DealerProfile;

/**
 * A dealer as console pages show it: names in the viewer's language first, the region by
 * name, opening hours day by day (an empty range is a closed day).
 */
record DealerDetails(UUID id, String code, String name, String otherName, String regionName, String address,
		String cityCode, double latitude, double longitude, String phone, List<String> brands, int workshopBays,
		List<DayHours> hours, DealerStatus status, long version, Instant createdAt, Instant updatedAt) {

	static DealerDetails of(Dealer dealer, Map<UUID, String> regionNames, Locale locale) {
		DealerProfile p = dealer.profile();
		Map<String, String> open = p.openingHours().asMap();
		List<DayHours> hours = DealerForm.DAYS.stream()
			.map((day) -> new DayHours(day, open.getOrDefault(day.name(), "")))
			.toList();
		return new DealerDetails(dealer.id(), dealer.code(), Names.pick(locale, p.nameZh(), p.nameEn()),
				Names.other(locale, p.nameZh(), p.nameEn()), regionNames.getOrDefault(dealer.regionId(), ""),
				p.address(), p.city().value(), p.location().latitude(), p.location().longitude(), p.phone().e164(),
				p.brands().stream().sorted().toList(), p.workshopBays(), hours, dealer.status(), dealer.version(),
				dealer.createdAt(), dealer.updatedAt());
	}

	public boolean active() {
		return this.status == DealerStatus.ACTIVE;
	}

	record DayHours(DayOfWeek day, String range) {

		public boolean closed() {
			return this.range.isEmpty();
		}

	}

}
