/**
 * Satisfaction after a repair: one survey per delivered repair order (NPS 0 to 10 and a
 * comment) handed to the channel the owner consented to, answered once through its
 * unguessable link, feeding the dealer's service rating; a low score opens a complaint
 * whose first response has an SLA, escalated to the dealer's manager and then
 * headquarters when breached; and the NPS report.
 */
@NullMarked
package io.forecourt.service.satisfaction;

import org.jspecify.annotations.NullMarked;
