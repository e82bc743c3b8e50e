package io.forecourt.leads.imports;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import io.forecourt.kernel.jdbc.BulkInsert;
import io.forecourt.kernel.web.PageRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lead_import_errors table: the per-row error report of each import. */
@Repository
class ImportErrors {

	private static final List<String> COLUMNS = List.of("import_id", "line_no", "field", "message", "raw_line");

	private final JdbcClient jdbc;

	private final BulkInsert bulk;

	ImportErrors(JdbcClient jdbc, BulkInsert bulk) {
		this.jdbc = jdbc;
		this.bulk = bulk;
	}

	void addAll(UUID importId, List<ImportError> errors) {
		this.bulk.into("lead_import_errors", COLUMNS, errors.stream()
			.map(e -> new Object[] { importId, e.line(), cut(e.field(), 60), cut(e.message(), 300), e.rawLine() })
			.toList());
	}

	long count(UUID importId) {
		return this.jdbc.sql("SELECT count(*) FROM lead_import_errors WHERE import_id = ?")
			.param(importId)
			.query(Long.class)
			.single();
	}

	List<ImportError> page(UUID importId, PageRequest page) {
		return this.jdbc.sql("""
				SELECT line_no, field, message, raw_line FROM lead_import_errors WHERE import_id = ?
				ORDER BY line_no, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY
				""")
			.params(importId, page.offset(), page.size())
			.query((rs, n) -> new ImportError(rs.getLong("line_no"), rs.getString("field"), rs.getString("message"),
					rs.getString("raw_line")))
			.list();
	}

	/** Every error of the import in line order, streamed row by row. */
	void each(UUID importId, Consumer<ImportError> consumer) {
		try (var errors = this.jdbc.sql("""
				SELECT line_no, field, message, raw_line FROM lead_import_errors WHERE import_id = ?
				ORDER BY line_no, id
				""")
			.param(importId)
			.withFetchSize(1000)
			.query((rs, n) -> new ImportError(rs.getLong("line_no"), rs.getString("field"), rs.getString("message"),
					rs.getString("raw_line")))
			.stream()) {
			errors.forEach(consumer);
		}
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
