package io.forecourt.leads.imports;

import org.jspecify.annotations.Nullable;

/**
 * One problem with a rejected row.
 *
 * @param line the line of the file the row starts on (the header is line 1)
 * @param field the column (or {@code row} for the row as a whole)
 * @param rawLine the row as CSV, cut at 500 characters
 */
public record ImportError(long line, String field, String message, @Nullable String rawLine) {
}
