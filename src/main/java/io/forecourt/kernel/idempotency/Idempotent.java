package io.forecourt.kernel.idempotency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST handler that moves money or stock: it requires an {@code Idempotency-Key}
 * header. A repeat with the same key and body gets the first response again; a duplicate
 * while the first is still running gets 409; the same key with a different body gets 422;
 * a missing key gets 400. Keys are per caller.
 * <p>
 * Replaying responses is not enough on its own against double charges (a crash between
 * the business commit and storing the response): pass the key down
 * ({@code @RequestHeader("Idempotency-Key")}) so the domain keeps it under a unique
 * constraint as well.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Idempotent {

}
