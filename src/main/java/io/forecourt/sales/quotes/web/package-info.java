/**
 * Quotes over REST and in the console: making a quote, the printable quote, the manager's
 * discount approvals and each dealer's discount limit.
 */
@NullMarked
package io.forecourt.sales.quotes.web;

import org.jspecify.annotations.NullMarked;
