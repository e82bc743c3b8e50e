package io.forecourt.leads.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.forecourt.kernel.csv.CsvCells;
import io.forecourt.leads.funnel.FunnelFigures;
import io.forecourt.leads.funnel.FunnelGroup;
import io.forecourt.leads.funnel.FunnelReport;
import io.forecourt.leads.funnel.FunnelStage;
import io.forecourt.leads.funnel.StageFigure;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A funnel as CSV for spreadsheets, the same for the API and the console's download: one
 * row per slice ({@code level} total or group) and, with a period, per period; every
 * stage's count and its rates from the previous stage and from capture. Text cells a
 * spreadsheet would run as a formula (a channel named {@code =cmd|...}) are neutralised;
 * the file starts with a UTF-8 byte order mark so Excel reads Chinese names right.
 */
final class LeadFunnelCsv {

	static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private static final String BYTE_ORDER_MARK = "\uFEFF";

	private LeadFunnelCsv() {
	}

	static ResponseEntity<String> response(FunnelReport report) {
		String filename = "lead-funnel-" + report.from() + "-" + report.to() + ".csv";
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(write(report));
	}

	static String write(FunnelReport report) {
		StringWriter out = new StringWriter();
		out.write(BYTE_ORDER_MARK);
		try (CsvWriter csv = CsvWriter.builder().build(out)) {
			csv.writeRecord(header());
			rows(csv, "total", report.total(), report);
			report.groups().forEach(group -> rows(csv, "group", group, report));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static List<String> header() {
		List<String> header = new ArrayList<>(List.of("level", "key", "label", "period_start", "period_end"));
		for (FunnelStage stage : FunnelStage.values()) {
			String name = stage.name().toLowerCase(Locale.ROOT);
			header.add(name);
			if (stage != FunnelStage.CAPTURED) {
				header.add(name + "_rate_from_previous");
				header.add(name + "_rate_from_capture");
			}
		}
		header.add("duplicates");
		return header;
	}

	private static void rows(CsvWriter csv, String level, FunnelGroup group, FunnelReport report) {
		if (report.period() == null) {
			csv.writeRecord(row(level, group, report.from().toString(), report.to().toString(), group.figures()));
			return;
		}
		for (FunnelGroup.Period period : group.series()) {
			csv.writeRecord(row(level, group, period.start().toString(), period.end().toString(), period.figures()));
		}
	}

	private static List<String> row(String level, FunnelGroup group, String start, String end, FunnelFigures figures) {
		List<String> row = new ArrayList<>(
				List.of(level, CsvCells.text(group.key()), CsvCells.text(group.label()), start, end));
		for (StageFigure figure : figures.stages()) {
			row.add(Long.toString(figure.count()));
			if (figure.stage() != FunnelStage.CAPTURED) {
				row.add(decimal(figure.rateFromPrevious()));
				row.add(decimal(figure.rateFromCapture()));
			}
		}
		row.add(Long.toString(figures.duplicates()));
		return row;
	}

	private static String decimal(@Nullable BigDecimal rate) {
		return rate == null ? "" : rate.toPlainString();
	}

}
