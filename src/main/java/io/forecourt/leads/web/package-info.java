/** The lead API: capture (single and batch) and reading leads within the scope. */
@NullMarked
package io.forecourt.leads.web;

import org.jspecify.annotations.NullMarked;
