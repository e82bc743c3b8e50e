/**
 * A dealer's workshop: its bays by kind, its technicians and their skills, the service
 * types it offers with their standard durations, its service rating; and its capacity:
 * the quarter-hour holds on bays and technicians, the slots derived from them and the
 * opening hours, and how loaded the workshop is in a window. Appointments (and later
 * repair orders) hold capacity through
 * {@link io.forecourt.service.workshop.WorkshopHolds}.
 */
@NullMarked
package io.forecourt.service.workshop;

import org.jspecify.annotations.NullMarked;
