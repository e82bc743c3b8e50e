/**
 * Routing leads to dealers and assigning them to consultants: strategies tried in the
 * order HQ set (preferred dealer, previous dealer, same city, same province), candidates
 * weighed by free capacity and recent SLA record, consultants picked by weighted open
 * load. A lead is routed once at a time: its row is locked while it is decided.
 */
@NullMarked
package io.forecourt.leads.routing;

import org.jspecify.annotations.NullMarked;
