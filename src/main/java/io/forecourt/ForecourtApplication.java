package io.forecourt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Forecourt: one deployable modular monolith. Each top-level package below
 * {@code io.forecourt} is an application module; {@code kernel} is shared by all of them.
 */
@SpringBootApplication
@Modulithic(systemName = "Forecourt", sharedModules = "kernel")
public class ForecourtApplication {

	public static void main(String[] args) {
		SpringApplication.run(ForecourtApplication.class, args);
	}

}
