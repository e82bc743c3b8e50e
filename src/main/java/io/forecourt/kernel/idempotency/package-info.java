/**
 * {@code Idempotency-Key} handling for handlers that move money or stock (see
 * {@link io.forecourt.kernel.idempotency.Idempotent}).
 */
@NullMarked
package io.forecourt.kernel.idempotency;

import org.jspecify.annotations.NullMarked;
