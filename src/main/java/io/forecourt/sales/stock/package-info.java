/**
 * Dealer and in-transit stock by VIN, and the allocation of cars to orders.
 */
@NullMarked
package io.forecourt.sales.stock;

import org.jspecify.annotations.NullMarked;
