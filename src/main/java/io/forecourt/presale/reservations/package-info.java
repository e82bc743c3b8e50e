/**
 * Reservations: the claim of a unit (and of a capped configuration's token) by a
 * participant, the one-per-person rule, expiry at the deadline, the deposit and the
 * conversion of a paid reservation into a sales order. See docs/presale.md for why no
 * oversell is possible.
 */
@NullMarked
package io.forecourt.presale.reservations;

import org.jspecify.annotations.NullMarked;
