package io.forecourt.network;

import java.util.List;

import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.network.domain.DealerAdministration;
import io.forecourt.network.domain.DealerSearch;
import io.forecourt.network.domain.RegionAdministration;
import io.forecourt.network.domain.StaffAdministration;
import io.forecourt.network.domain.StaffSearch;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class DemoNetworkTests {

	@Autowired
	RegionAdministration regions;

	@Autowired
	DealerAdministration dealers;

	@Autowired
	StaffAdministration staff;

	@Autowired
	DealerNetwork network;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoNetworkHasOneOemThreeRegionsAndAtLeastTenDealersWithStaffForEveryDealerRole() {
		CurrentAccess.asSystem(() -> {
			assertThat(this.jdbc.sql("SELECT count(*) FROM oems").query(Long.class).single()).isEqualTo(1);
			assertThat(this.regions.list()).extracting(io.forecourt.network.domain.Region::code)
				.contains("EAST", "NORTH", "SOUTHWEST");
			var all = this.dealers.search(DealerSearch.everything(), new PageRequest(0, 100));
			assertThat(all.totalItems()).isGreaterThanOrEqualTo(10);
			// Other tests add dealers of their own; the demo dealers have codes like
			// SH-001.
			for (var dealer : all.items().stream().filter(d -> d.code().matches("[A-Z]+-00\\d")).toList()) {
				for (Role role : List.of(Role.DEALER_MANAGER, Role.SALES_CONSULTANT, Role.SERVICE_ADVISOR)) {
					assertThat(this.staff.search(new StaffSearch(null, dealer.id(), role, true), new PageRequest(0, 10))
						.totalItems()).as("%s at %s", role, dealer.code()).isPositive();
				}
			}
		});
	}

	@Test
	void demoDealersSitInTheirCities() {
		var shanghai = this.network.activeDealersIn(new io.forecourt.kernel.geo.CityCode("310100"));
		assertThat(shanghai).extracting(DealerSummary::code).contains("SH-001", "SH-002");
		var peoplesSquare = new io.forecourt.kernel.geo.GeoPoint(31.2304, 121.4737);
		assertThat(shanghai).allSatisfy(d -> assertThat(d.location().distanceKm(peoplesSquare)).isLessThan(40));
	}

}
