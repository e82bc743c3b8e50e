/** Grading leads by purchase intent from scoring rules that HQ maintains as data. */
@NullMarked
package io.forecourt.leads.grading;

import org.jspecify.annotations.NullMarked;
