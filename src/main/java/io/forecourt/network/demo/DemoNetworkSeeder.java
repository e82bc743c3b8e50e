package io.forecourt.network.demo;

import java.time.Clock;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.contact.PhoneNumber;
import io.forecourt.kernel.geo.CityCode;
import io.forecourt.kernel.geo.GeoPoint;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.network.domain.Dealer;
import io.forecourt.network.domain.DealerAdministration;
import io.forecourt.network.domain.DealerProfile;
import io.forecourt.network.domain.Oems;
import io.forecourt.network.domain.OpeningHours;
import io.forecourt.network.domain.Region;
import io.forecourt.network.domain.RegionAdministration;
import io.forecourt.network.domain.Staff;
import io.forecourt.network.domain.StaffAdministration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo network on the first start of the embedded default: the OEM, three
 * regions, fourteen dealers and four staff per dealer, through the same administration
 * services people use, so the audit log and the events show the seeding like any other
 * change. Does nothing once an OEM exists.
 */
@Component
public class DemoNetworkSeeder {

	private static final Logger log = LoggerFactory.getLogger(DemoNetworkSeeder.class);

	/**
	 * Four people per dealer; phone numbers are derived per dealer so they stay unique.
	 */
	private static final List<DemoPerson> PEOPLE = List.of(new DemoPerson("王经理", Set.of(Role.DEALER_MANAGER)),
			new DemoPerson("李娜", Set.of(Role.SALES_CONSULTANT)), new DemoPerson("张伟", Set.of(Role.SALES_CONSULTANT)),
			new DemoPerson("陈静", Set.of(Role.SERVICE_ADVISOR)));

	private final Oems oems;

	private final RegionAdministration regions;

	private final DealerAdministration dealers;

	private final StaffAdministration staff;

	private final Clock clock;

	DemoNetworkSeeder(Oems oems, RegionAdministration regions, DealerAdministration dealers, StaffAdministration staff,
			Clock clock) {
		this.oems = oems;
		this.regions = regions;
		this.dealers = dealers;
		this.staff = staff;
		this.clock = clock;
	}

	/**
	 * Seeds the network if it is empty.
	 * @return the seeded network, or {@code null} if one already existed
	 */
	@Transactional
	public @org.jspecify.annotations.Nullable DemoNetwork seedIfEmpty() {
		if (this.oems.theOem().isPresent()) {
			return null;
		}
		return CurrentAccess.asSystem(this::seed);
	}

	private DemoNetwork seed() {
		this.oems.create("HUAXIA", "华夏汽车", "Huaxia Motors", this.clock.instant());
		Map<String, UUID> regionIds = new HashMap<>();
		for (DemoDealers.DemoRegion demo : DemoDealers.REGIONS) {
			Region region = this.regions.create(demo.code(), demo.nameZh(), demo.nameEn());
			regionIds.put(demo.code(), region.id());
		}
		Map<String, UUID> dealerIds = new HashMap<>();
		Map<String, List<UUID>> staffIds = new HashMap<>();
		int dealerNumber = 0;
		for (DemoDealers.DemoDealer demo : DemoDealers.DEALERS) {
			Dealer dealer = this.dealers.register(demo.code(), regionIds.get(demo.region()), profile(demo));
			dealerIds.put(demo.code(), dealer.id());
			staffIds.put(demo.code(), hireStaff(dealer.id(), dealerNumber++));
		}
		log.info("Seeded the demo network: {} regions, {} dealers", regionIds.size(), dealerIds.size());
		return new DemoNetwork(regionIds, dealerIds, staffIds);
	}

	private List<UUID> hireStaff(UUID dealerId, int dealerNumber) {
		List<UUID> ids = new java.util.ArrayList<>();
		for (int i = 0; i < PEOPLE.size(); i++) {
			DemoPerson person = PEOPLE.get(i);
			// 139 0000 DDPP: unique per dealer (DD) and person (PP), valid Chinese mobile
			// numbers.
			String phone = "1390000%02d%02d".formatted(dealerNumber, i + 1);
			Staff member = this.staff.hire(dealerId, new Staff.StaffDetails(person.name(), PhoneNumber.parse(phone),
					null, EnumSet.copyOf(person.roles())));
			ids.add(member.id());
		}
		return ids;
	}

	private static DealerProfile profile(DemoDealers.DemoDealer demo) {
		return new DealerProfile(demo.nameZh(), demo.nameEn(), demo.address(), new CityCode(demo.cityCode()),
				new GeoPoint(demo.latitude(), demo.longitude()), PhoneNumber.parse(demo.phone()),
				OpeningHours.everyDay(LocalTime.of(9, 0), LocalTime.of(18, 0)), Set.of("Huaxia", "Huaxia EV"),
				demo.bays());
	}

	private record DemoPerson(String name, Set<Role> roles) {
	}

	/**
	 * What was seeded, by code: region and dealer ids, and each dealer's staff ids in the
	 * order manager, consultant, consultant, service advisor.
	 */
	public record DemoNetwork(Map<String, UUID> regions, Map<String, UUID> dealers, Map<String, List<UUID>> staff) {
	}

}
