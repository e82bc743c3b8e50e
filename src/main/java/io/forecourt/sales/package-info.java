/**
 * The sales center: the vehicle catalog and configurator, quotes with finance
 * calculators, test drives, orders from deposit to delivery with the buyer's progress
 * page, and dealer stock by VIN. Its events move the lead funnel (order, delivery) and
 * land on the customer's timeline.
 */
@ApplicationModule(displayName = "Sales center", allowedDependencies = { "kernel", "identity", "network" })
@NullMarked
package io.forecourt.sales;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
