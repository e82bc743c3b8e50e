package io.forecourt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.util.ApplicationModulesExporter;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The module structure holds: no cycles, no reaching into another module's internals. */
class ModularityTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ApplicationModules modules = ApplicationModules.of(ForecourtApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void theNetworkModuleIsDetected() {
		assertThat(this.modules.getModuleByName("network")).isPresent();
	}

	/**
	 * The running application names its modules from this description (Spring Modulith's
	 * runtime needs them for its Flyway strategy, the actuator endpoint shows them).
	 * Without it the runtime imports every class with ArchUnit at startup and keeps the
	 * import: a fifth of the heap's live data, which the collector marks again and again
	 * under load. Rewritten here when the modules change; commit the new one.
	 */
	@Test
	void theRuntimesDescriptionOfTheModulesIsCurrent() throws IOException {
		Path committed = Path.of("src/main/resources", ApplicationModulesExporter.DEFAULT_LOCATION);
		String current = new ApplicationModulesExporter(this.modules).toJson();
		Object existing = Files.exists(committed)
				? canonical(JSON.readValue(Files.readString(committed, StandardCharsets.UTF_8), Object.class)) : null;
		Object expected = canonical(JSON.readValue(current, Object.class));
		if (!expected.equals(existing)) {
			Files.createDirectories(committed.getParent());
			Files.writeString(committed, current, StandardCharsets.UTF_8);
		}

		assertThat(existing).as("%s was out of date and has been rewritten: commit it", committed).isEqualTo(expected);
	}

	/**
	 * The description with its lists sorted: they are sets (dependencies, their types),
	 * written in hash order, which changes from one run to the next.
	 */
	private static Object canonical(Object node) {
		if (node instanceof Map<?, ?> map) {
			Map<String, Object> sorted = new TreeMap<>();
			map.forEach((key, value) -> sorted.put(key.toString(), canonical(value)));
			return sorted;
		}
		if (node instanceof List<?> list) {
			return list.stream()
				.map(ModularityTests::canonical)
				.sorted(Comparator.comparing(Object::toString))
				.toList();
		}
		return node;
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeDocumentation().writeIndividualModulesAsPlantUml();
	}

}
