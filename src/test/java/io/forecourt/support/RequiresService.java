package io.forecourt.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that needs real servers. Skipped with a clear message when one is
 * not reachable, unless {@code FORECOURT_REQUIRE_SERVICES=true}, in which case it fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(RequiresServiceExtension.class)
public @interface RequiresService {

	TestServices[] value();

}
