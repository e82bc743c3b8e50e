/**
 * The launch as it happens: abuse checks (rate limits, bot heuristics), the counts of
 * attempts and answers kept by every instance, and the live dashboard figures.
 */
@NullMarked
package io.forecourt.presale.launch;

import org.jspecify.annotations.NullMarked;
