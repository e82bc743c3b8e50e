/**
 * Parts: the OEM's part master (part numbers, names, unit, dated list prices,
 * supersession), each dealer's stock of each part (on hand, reserved for repair orders,
 * reorder point and quantity, bin location) with an append-only journal that explains
 * every change (receipts, stocktake adjustments, reservations, releases, consumption),
 * and {@link io.forecourt.service.parts.PartsReservations}, which repair orders call to
 * reserve their parts, give them back and consume them at completion. No figure ever goes
 * negative, with any number of instances racing; a part whose available stock falls below
 * its reorder point raises {@link io.forecourt.service.PartStockLow} once.
 */
@NullMarked
package io.forecourt.service.parts;

import org.jspecify.annotations.NullMarked;
