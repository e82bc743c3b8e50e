package io.forecourt.network.domain;

import java.util.Set;
import java.util.TreeSet;

import io.forecourt.kernel.contact.PhoneNumber;
import io.forecourt.kernel.geo.CityCode;
import io.forecourt.kernel.geo.GeoPoint;

/** Everything about a dealer that HQ maintains, apart from its identity and status. */
public record DealerProfile(String nameZh, String nameEn, String address, CityCode city, GeoPoint location,
		PhoneNumber phone, OpeningHours openingHours, Set<String> brands, int workshopBays) {

	public DealerProfile {
		requireText("nameZh", nameZh, 100);
		requireText("nameEn", nameEn, 100);
		requireText("address", address, 300);
		if (workshopBays < 0) {
			throw new IllegalArgumentException("workshopBays must not be negative");
		}
		if (brands.isEmpty()) {
			throw new IllegalArgumentException("brands: a dealer sells at least one brand");
		}
		brands.forEach(brand -> {
			requireText("brands", brand, 40);
			if (brand.contains(",")) {
				throw new IllegalArgumentException("brands: a brand name cannot contain a comma");
			}
		});
		brands = Set.copyOf(new TreeSet<>(brands));
	}

	private static void requireText(String field, String value, int max) {
		if (value == null || value.isBlank() || value.length() > max) {
			throw new IllegalArgumentException(field + " must be 1 to " + max + " characters");
		}
	}

}
