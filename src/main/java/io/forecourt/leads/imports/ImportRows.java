package io.forecourt.leads.imports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import io.forecourt.kernel.web.ProblemException.FieldProblem;
import io.forecourt.leads.capture.CaptureRequest;
import io.forecourt.leads.grading.PurchaseTimeframe;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

/**
 * Turns a row of an import file into the request single capture takes, checked as the
 * capture API checks its JSON ({@code @Valid} on {@link CaptureRequest}): a row with
 * problems is rejected and reported, with every problem named.
 */
final class ImportRows {

	/** Longest raw line kept in the error report. */
	static final int RAW_LINE_MAX = 500;

	private static final Set<String> TRUE = Set.of("true", "yes", "y", "1", "是");

	private static final Set<String> FALSE = Set.of("false", "no", "n", "0", "否");

	private final ImportHeader header;

	private final Validator validator;

	ImportRows(ImportHeader header, Validator validator) {
		this.header = header;
		this.validator = validator;
	}

	/** One row of the file: the request, or the problems that reject it. */
	record Row(long line, @Nullable CaptureRequest request, List<FieldProblem> problems, List<String> fields) {

		/** The row as CSV, cut to what the error report keeps. */
		String rawLine() {
			StringWriter out = new StringWriter();
			try (CsvWriter csv = CsvWriter.builder().build(out)) {
				csv.writeRecord(this.fields);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			String line = out.toString().stripTrailing();
			return line.length() <= RAW_LINE_MAX ? line : line.substring(0, RAW_LINE_MAX - 1) + "…";
		}

	}

	Row parse(CsvRecord record) {
		List<String> fields = record.getFields();
		long line = record.getStartingLineNumber();
		if (fields.size() != this.header.size()) {
			return new Row(line, null, List.of(new FieldProblem("row",
					"has " + fields.size() + " fields where the header names " + this.header.size())), fields);
		}
		List<FieldProblem> problems = new ArrayList<>();
		PurchaseTimeframe timeframe = timeframe(text(fields, ImportColumn.PURCHASE_TIMEFRAME), problems);
		boolean testDrive = flag(fields, ImportColumn.TEST_DRIVE_REQUESTED, problems);
		boolean consent = flag(fields, ImportColumn.CONSENT_MARKETING, problems);
		BigDecimal budget = budget(text(fields, ImportColumn.BUDGET), problems);
		CaptureRequest request = new CaptureRequest(required(fields, ImportColumn.CHANNEL),
				text(fields, ImportColumn.BRAND), text(fields, ImportColumn.CAMPAIGN),
				text(fields, ImportColumn.UTM_SOURCE), text(fields, ImportColumn.UTM_MEDIUM),
				text(fields, ImportColumn.UTM_CAMPAIGN), text(fields, ImportColumn.UTM_CONTENT),
				text(fields, ImportColumn.UTM_TERM), text(fields, ImportColumn.NAME),
				required(fields, ImportColumn.PHONE), text(fields, ImportColumn.EMAIL),
				text(fields, ImportColumn.WECHAT_UNION_ID), text(fields, ImportColumn.MODEL_OF_INTEREST),
				text(fields, ImportColumn.CITY_CODE), timeframe, testDrive, budget, consent, null);
		for (ConstraintViolation<CaptureRequest> violation : this.validator.validate(request)) {
			problems.add(new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()));
		}
		problems.sort(Comparator.comparing(FieldProblem::field));
		return problems.isEmpty() ? new Row(line, request, List.of(), fields) : new Row(line, null, problems, fields);
	}

	/** The stripped value; empty is absent. */
	private @Nullable String text(List<String> fields, ImportColumn column) {
		String value = this.header.value(fields, column);
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	/**
	 * Required columns are there (the header says so); empty stays empty for @NotBlank.
	 */
	private String required(List<String> fields, ImportColumn column) {
		String value = text(fields, column);
		return value == null ? "" : value;
	}

	private boolean flag(List<String> fields, ImportColumn column, List<FieldProblem> problems) {
		String value = text(fields, column);
		if (value == null) {
			return false;
		}
		String lower = value.toLowerCase(Locale.ROOT);
		if (TRUE.contains(lower)) {
			return true;
		}
		if (!FALSE.contains(lower)) {
			problems.add(new FieldProblem(column.header(), "'" + cut(value) + "' is not true or false"));
		}
		return false;
	}

	private static @Nullable PurchaseTimeframe timeframe(@Nullable String value, List<FieldProblem> problems) {
		if (value == null) {
			return null;
		}
		for (PurchaseTimeframe timeframe : PurchaseTimeframe.values()) {
			if (timeframe.name().equalsIgnoreCase(value)) {
				return timeframe;
			}
		}
		problems.add(new FieldProblem(ImportColumn.PURCHASE_TIMEFRAME.header(), "must be one of "
				+ Arrays.stream(PurchaseTimeframe.values()).map(Enum::name).collect(Collectors.joining(", "))));
		return null;
	}

	private static @Nullable BigDecimal budget(@Nullable String value, List<FieldProblem> problems) {
		if (value == null) {
			return null;
		}
		try {
			return new BigDecimal(value.replace(",", ""));
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem(ImportColumn.BUDGET.header(), "'" + cut(value) + "' is not a number"));
			return null;
		}
	}

	private static String cut(String value) {
		return value.length() <= 40 ? value : value.substring(0, 40) + "…";
	}

}
