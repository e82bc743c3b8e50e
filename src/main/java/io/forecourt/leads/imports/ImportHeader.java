package io.forecourt.leads.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.forecourt.kernel.web.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * An import file's header row, checked: every column known, none twice, the required ones
 * there. A header that fails is a validation problem naming each bad column, and nothing
 * is imported.
 */
final class ImportHeader {

	private final @Nullable ImportColumn[] byPosition;

	private final Map<ImportColumn, Integer> positions;

	private ImportHeader(@Nullable ImportColumn[] byPosition, Map<ImportColumn, Integer> positions) {
		this.byPosition = byPosition;
		this.positions = positions;
	}

	/**
	 * @throws io.forecourt.kernel.web.ProblemException a validation problem with one
	 * error per bad column (field {@code header})
	 */
	static ImportHeader of(List<String> names) {
		FieldErrors errors = new FieldErrors();
		@Nullable ImportColumn[] byPosition = new ImportColumn[names.size()];
		Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			Optional<ImportColumn> column = ImportColumn.named(name);
			if (name.isBlank()) {
				errors.reject("header", "column " + (i + 1) + " has no name");
			}
			else if (column.isEmpty()) {
				errors.reject("header", "unknown column '" + cut(name) + "'; the columns are " + known());
			}
			else if (positions.containsKey(column.get())) {
				errors.reject("header", "column '" + column.get().header() + "' appears twice");
			}
			else {
				byPosition[i] = column.get();
				positions.put(column.get(), i);
			}
		}
		for (ImportColumn column : ImportColumn.values()) {
			if (column.required() && !positions.containsKey(column)) {
				errors.reject("header", "required column '" + column.header() + "' is missing");
			}
		}
		errors.throwIfAny();
		return new ImportHeader(byPosition, positions);
	}

	int size() {
		return this.byPosition.length;
	}

	/** The value of the column in a row, or null when the file has no such column. */
	@Nullable String value(List<String> fields, ImportColumn column) {
		Integer position = this.positions.get(column);
		return position == null || position >= fields.size() ? null : fields.get(position);
	}

	List<ImportColumn> columns() {
		List<ImportColumn> columns = new ArrayList<>();
		for (ImportColumn column : this.byPosition) {
			if (column != null) {
				columns.add(column);
			}
		}
		return columns;
	}

	private static String known() {
		return String.join(", ", Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList());
	}

	private static String cut(String name) {
		String stripped = name.strip();
		return stripped.length() <= 60 ? stripped : stripped.substring(0, 60) + "…";
	}

}
