package io.forecourt.kernel.csv;

import org.jspecify.annotations.Nullable;

/**
 * Neutralises exported CSV cells against spreadsheet formula injection (OWASP "CSV
 * injection"): Excel, LibreOffice and Google Sheets run a cell starting with {@code =},
 * {@code +}, {@code -} or {@code @} as a formula (a tab or carriage return in front hides
 * the same), so {@code =HYPERLINK(...)} in a lead's name could leak data or run commands
 * on the machine of whoever opens the export. A leading apostrophe makes such a cell
 * text; spreadsheets show it without the apostrophe.
 *
 * <p>
 * Apply it to every cell whose text came from outside (names, channels, models, free
 * text), not to numbers the application formatted itself: {@code -3} must stay a number.
 */
public final class CsvCells {

	private CsvCells() {
	}

	/** The cell as text a spreadsheet will not evaluate; {@code null} becomes empty. */
	public static String text(@Nullable String cell) {
		if (cell == null || cell.isEmpty()) {
			return "";
		}
		return startsFormula(cell.charAt(0)) ? "'" + cell : cell;
	}

	private static boolean startsFormula(char first) {
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

}
