package io.forecourt.kernel.console;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller that renders console pages. Its models get the navigation, the signed-in
 * user, the locale and the viewer's zone (see {@link ConsoleModelAdvice}). A distinct
 * stereotype rather than {@code @Controller}, because {@code @RestController} is a
 * {@code @Controller} too and API calls have no use for a menu.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface ConsoleController {

	@AliasFor(annotation = Controller.class)
	String value() default "";

}
