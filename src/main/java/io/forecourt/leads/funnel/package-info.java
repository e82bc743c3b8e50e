/**
 * The lead funnel: how many leads captured in a period got how far (valid, contacted,
 * store visit, test drive, order, delivery), by channel, dealer, consultant or model and
 * over time, with the conversion between stages. Read within the caller's scope.
 */
@NullMarked
package io.forecourt.leads.funnel;

import org.jspecify.annotations.NullMarked;
