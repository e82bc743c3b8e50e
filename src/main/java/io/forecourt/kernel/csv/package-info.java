/**
 * CSV that leaves the application: cells neutralised so a spreadsheet never runs what a
 * lead, a customer or a channel typed as a formula.
 */
@NullMarked
package io.forecourt.kernel.csv;

import org.jspecify.annotations.NullMarked;
