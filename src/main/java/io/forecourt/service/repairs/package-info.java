/**
 * Repair orders (透明车间): opened from a checked-in appointment or for a walk-in, job lines
 * for labour and parts with prices, each step of the workshop stamped with its time and
 * who moved it, extra work found at inspection approved or declined by the owner on their
 * progress link (nothing is charged without approval), parts reserved on approval and
 * consumed at delivery, and the vehicle's service history written at delivery.
 */
@NullMarked
package io.forecourt.service.repairs;

import org.jspecify.annotations.NullMarked;
