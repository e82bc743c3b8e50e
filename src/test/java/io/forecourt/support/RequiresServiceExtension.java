package io.forecourt.support;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Skips or fails (in CI) a {@link RequiresService} test class whose servers are missing.
 */
class RequiresServiceExtension implements BeforeAllCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		RequiresService annotation = AnnotationSupport
			.findAnnotation(context.getRequiredTestClass(), RequiresService.class)
			.orElseThrow();
		List<TestServices> missing = Arrays.stream(annotation.value()).filter(s -> !s.available()).toList();
		if (missing.isEmpty()) {
			return;
		}
		String what = String.join(", ", missing.stream().map(TestServices::describe).toList());
		if (TestServices.required()) {
			throw new IllegalStateException("FORECOURT_REQUIRE_SERVICES=true but not reachable: " + what);
		}
		Assumptions.abort("Skipped: not reachable: " + what
				+ " (start it, or set FORECOURT_REQUIRE_SERVICES=true to make this a failure)");
	}

}
