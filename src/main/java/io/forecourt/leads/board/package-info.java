/**
 * What people working leads look at: HQ's operations board (arrivals, invalid, junk, the
 * pool, SLA breaches, by channel) and the work queue sorted by SLA urgency.
 */
@NullMarked
package io.forecourt.leads.board;

import org.jspecify.annotations.NullMarked;
