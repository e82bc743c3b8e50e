/**
 * Demo stock for the embedded default, so the stock page shows cars on a fresh start.
 */
@NullMarked
package io.forecourt.sales.stock.demo;

import org.jspecify.annotations.NullMarked;
