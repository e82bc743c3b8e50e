/**
 * Demo orders for the embedded default, so the console's order pipeline shows something
 * on a fresh start.
 */
@NullMarked
package io.forecourt.sales.orders.demo;

import org.jspecify.annotations.NullMarked;
