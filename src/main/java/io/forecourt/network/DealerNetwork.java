package io.forecourt.network;

import java.time.DayOfWeek;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.geo.CityCode;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.RegionDirectory;
import io.forecourt.network.domain.Dealer;
import io.forecourt.network.domain.Dealers;
import io.forecourt.network.domain.Regions;
import io.forecourt.network.domain.StaffMembers;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask the dealer network. These are system questions (which
 * dealers can take a lead in this city, who at this dealer sells cars), answered
 * regardless of the caller's scope; callers apply their own scope to what they show
 * people.
 */
@Component
@Transactional(readOnly = true)
public class DealerNetwork implements RegionDirectory {

	private final Dealers dealers;

	private final StaffMembers staff;

	private final Regions regions;

	DealerNetwork(Dealers dealers, StaffMembers staff, Regions regions) {
		this.dealers = dealers;
		this.staff = staff;
		this.regions = regions;
	}

	/**
	 * Every region's id by its code (e.g. {@code EAST}), for settings made by region such
	 * as the regions a presale is open to.
	 */
	public Map<String, UUID> regionIdsByCode() {
		return this.regions.idsByCodeUnscoped();
	}

	public Optional<DealerSummary> dealer(UUID dealerId) {
		return this.dealers.findAnyById(dealerId).map(DealerNetwork::summary);
	}

	public List<DealerSummary> activeDealersIn(CityCode city) {
		return this.dealers.findActiveInCityUnscoped(city.value()).stream().map(DealerNetwork::summary).toList();
	}

	/** Every active dealer, for routing that weighs them all in memory. */
	public List<DealerSummary> activeDealers() {
		return this.dealers.findAllActiveUnscoped().stream().map(DealerNetwork::summary).toList();
	}

	/**
	 * The dealer's opening hours, whatever its status (callers check
	 * {@link DealerSummary#isActive()} where it matters); empty for an unknown dealer.
	 */
	public Optional<DealerHours> openingHours(UUID dealerId) {
		return this.dealers.findAnyById(dealerId).map(dealer -> {
			Map<DayOfWeek, DealerHours.Hours> days = new EnumMap<>(DayOfWeek.class);
			dealer.profile()
				.openingHours()
				.days()
				.forEach((day, range) -> days.put(day, new DealerHours.Hours(range.opens(), range.closes())));
			return new DealerHours(days);
		});
	}

	/**
	 * Active staff of a dealer holding the role, e.g. the consultants a lead can go to.
	 */
	public List<StaffSummary> activeStaff(UUID dealerId, Role role) {
		return this.staff.findActiveUnscoped(dealerId, role)
			.stream()
			.map(member -> new StaffSummary(member.id(), member.dealerId(), member.details().name(),
					member.details().roles(), member.active()))
			.toList();
	}

	/**
	 * These dealers by id, in code order, whatever their status: for labelling figures (a
	 * suspended dealer's past leads still need its name). Unknown ids are left out.
	 */
	public Map<UUID, DealerSummary> dealers(Collection<UUID> dealerIds) {
		Map<UUID, DealerSummary> found = new LinkedHashMap<>();
		this.dealers.findAnyByIds(dealerIds).forEach(dealer -> found.put(dealer.id(), summary(dealer)));
		return found;
	}

	/**
	 * The names of these staff members, active or not (a consultant who left still
	 * answers for their leads). Unknown ids are left out.
	 */
	public Map<UUID, String> staffNames(Collection<UUID> staffIds) {
		return this.staff.namesUnscoped(staffIds);
	}

	@Override
	public Set<UUID> dealersOf(UUID regionId) {
		return this.dealers.idsInRegion(regionId);
	}

	@Override
	public Optional<UUID> regionOf(UUID dealerId) {
		return this.dealers.regionOf(dealerId);
	}

	private static DealerSummary summary(Dealer dealer) {
		return new DealerSummary(dealer.id(), dealer.regionId(), dealer.code(), dealer.profile().nameZh(),
				dealer.profile().nameEn(), dealer.profile().city(), dealer.profile().location(),
				dealer.profile().brands(), dealer.profile().workshopBays(), dealer.status());
	}

}
