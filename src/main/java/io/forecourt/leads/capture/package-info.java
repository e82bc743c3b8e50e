/**
 * Capturing leads: phone validity, junk rules, One ID resolution, duplicates with
 * attribution and the first grade; the lead as staff read it.
 */
@NullMarked
package io.forecourt.leads.capture;

import org.jspecify.annotations.NullMarked;
