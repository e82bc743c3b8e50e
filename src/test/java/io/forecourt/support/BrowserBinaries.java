package io.forecourt.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The system Chromium and its driver; browser tests never download either. */
public record BrowserBinaries(Path chromium, Path chromedriver) {

	public static Optional<BrowserBinaries> find() {
		Path chromium = Path.of(System.getenv().getOrDefault("FORECOURT_CHROMIUM", "/usr/bin/chromium"));
		Path driver = Path.of(System.getenv().getOrDefault("FORECOURT_CHROMEDRIVER", "/usr/bin/chromedriver"));
		if (Files.isExecutable(chromium) && Files.isExecutable(driver)) {
			return Optional.of(new BrowserBinaries(chromium, driver));
		}
		return Optional.empty();
	}

}
