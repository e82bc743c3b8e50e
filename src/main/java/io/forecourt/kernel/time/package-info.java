/**
 * Time as bookings count it: the quarter-hour units that test drives and workshop
 * appointments hold, so two bookings overlap exactly when they share a unit; and the
 * clock's part in booked visits ({@link io.forecourt.kernel.time.VisitJobs}): reminders
 * before, no-shows after.
 */
@NullMarked
package io.forecourt.kernel.time;

import org.jspecify.annotations.NullMarked;
