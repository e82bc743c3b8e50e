package io.forecourt.network.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo data on start-up of the embedded default
 * ({@code forecourt.demo.enabled}).
 */
@Component
@ConditionalOnBooleanProperty("forecourt.demo.enabled")
class DemoDataLoader implements ApplicationRunner {

	private final DemoNetworkSeeder network;

	DemoDataLoader(DemoNetworkSeeder network) {
		this.network = network;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.network.seedIfEmpty();
	}

}
