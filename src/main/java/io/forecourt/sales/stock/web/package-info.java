/**
 * The stock REST API (vehicles, factory orders) and the manager console's stock page.
 */
@NullMarked
package io.forecourt.sales.stock.web;

import org.jspecify.annotations.NullMarked;
