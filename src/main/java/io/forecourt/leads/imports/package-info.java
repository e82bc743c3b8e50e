/**
 * Bulk import of leads from CSV files: the upload spooled to disk and checked, the rows
 * captured in chunks in the background with capture's rules, progress and a per-row error
 * report.
 */
@NullMarked
package io.forecourt.leads.imports;

import org.jspecify.annotations.NullMarked;
