/**
 * Time as bookings count it: the quarter-hour units that test drives and workshop
 * appointments hold, so two bookings overlap exactly when they share a unit.
 */
@NullMarked
package io.forecourt.kernel.time;

import org.jspecify.annotations.NullMarked;
