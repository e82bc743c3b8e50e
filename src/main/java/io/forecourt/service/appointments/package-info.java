/**
 * Workshop appointments: booked from the brand app (the owner found by phone through One
 * ID, the vehicle by VIN and/or plate) or by the service advisor, in slots derived from
 * the workshop's capacity; rescheduled, cancelled, checked in or missed; reminded before
 * the visit. Each holds one bay and one technician for the service type's standard
 * duration. A repair order refers to its appointment by id.
 */
@NullMarked
package io.forecourt.service.appointments;

import org.jspecify.annotations.NullMarked;
