package io.forecourt.network.demo;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.NewApiKey;
import io.forecourt.kernel.security.NewUser;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The demo sign-ins (one per role, all with the password {@value #PASSWORD}) and the demo
 * integrator key, as documented in the README. All are marked demo, so a production start
 * refuses to run while any of them exists.
 */
@Component
class DemoAccountsSeeder {

	static final String PASSWORD = "forecourt-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoAccountsSeeder.class);

	private final Accounts accounts;

	private final String demoApiKey;

	DemoAccountsSeeder(Accounts accounts, @Value("${forecourt.demo.api-key:}") String demoApiKey) {
		this.accounts = accounts;
		this.demoApiKey = demoApiKey;
	}

	void seed(DemoNetworkSeeder.DemoNetwork network) {
		CurrentAccess.asSystem(() -> {
			for (DemoUser user : users(network)) {
				this.accounts.createUser(new NewUser(user.username(), user.displayName(), PASSWORD, Set.of(user.role()),
						user.scope(), user.staffId(), true));
			}
			if (!this.demoApiKey.isBlank()) {
				this.accounts.issueKey(new NewApiKey("Demo integrator", Role.INTEGRATOR, AccessScope.all(), null, null,
						true, this.demoApiKey));
			}
		});
		log.info("Seeded the demo sign-ins (password '{}') and the demo integrator key", PASSWORD);
	}

	private static List<DemoUser> users(DemoNetworkSeeder.DemoNetwork network) {
		UUID sh001 = network.dealers().get("SH-001");
		UUID bj001 = network.dealers().get("BJ-001");
		List<UUID> shStaff = network.staff().get("SH-001");
		return List.of(new DemoUser("admin", "平台管理员 Platform Admin", Role.PLATFORM_ADMIN, AccessScope.all(), null),
				new DemoUser("hq.ops", "总部线索运营 HQ Operations", Role.OEM_HQ, AccessScope.all(), null),
				new DemoUser("east.manager", "华东大区经理 East Region Manager", Role.REGION_MANAGER,
						AccessScope.region(network.regions().get("EAST")), null),
				new DemoUser("north.manager", "华北大区经理 North Region Manager", Role.REGION_MANAGER,
						AccessScope.region(network.regions().get("NORTH")), null),
				new DemoUser("sh001.manager", "王经理", Role.DEALER_MANAGER, AccessScope.dealer(sh001), shStaff.get(0)),
				new DemoUser("sh001.sales", "李娜", Role.SALES_CONSULTANT, AccessScope.dealer(sh001), shStaff.get(1)),
				new DemoUser("sh001.service", "陈静", Role.SERVICE_ADVISOR, AccessScope.dealer(sh001), shStaff.get(3)),
				new DemoUser("bj001.manager", "王经理 (北京亦庄)", Role.DEALER_MANAGER, AccessScope.dealer(bj001),
						network.staff().get("BJ-001").get(0)));
	}

	private record DemoUser(String username, String displayName, Role role, AccessScope scope, @Nullable UUID staffId) {
	}

}
