package io.forecourt.network.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo data on the first start of the embedded default
 * ({@code forecourt.demo.enabled}): network and sign-ins in one transaction, so a crash
 * leaves either all of it or none. Order 100: the demo data of other modules (order 200
 * and up) builds on the dealers and sign-ins.
 */
@Component
@Order(100)
@ConditionalOnBooleanProperty("forecourt.demo.enabled")
class DemoDataLoader implements ApplicationRunner {

	private final DemoNetworkSeeder network;

	private final DemoAccountsSeeder accounts;

	DemoDataLoader(DemoNetworkSeeder network, DemoAccountsSeeder accounts) {
		this.network = network;
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		DemoNetworkSeeder.DemoNetwork seeded = this.network.seedIfEmpty();
		if (seeded != null) {
			this.accounts.seed(seeded);
		}
	}

}
