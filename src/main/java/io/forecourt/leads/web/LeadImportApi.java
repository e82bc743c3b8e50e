package io.forecourt.leads.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.leads.imports.ImportError;
import io.forecourt.leads.imports.LeadImportView;
import io.forecourt.leads.imports.LeadImports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * CSV bulk import of leads. The body is read as a stream and spooled to disk, never held
 * in memory; the rows are imported in the background, and the import's progress and error
 * report are read here.
 */
@RestController
@RequestMapping("/api/v1/lead-imports")
@Tag(name = "Lead imports",
		description = "Import leads in bulk from CSV files, with progress and a per-row" + " error report")
class LeadImportApi {

	static final String TEXT_CSV = "text/csv";

	private final LeadImports imports;

	LeadImportApi(LeadImports imports) {
		this.imports = imports;
	}

	@PostMapping(consumes = TEXT_CSV)
	@Operation(summary = "Import leads from a UTF-8 CSV file whose header names the columns (channel and phone"
			+ " required; the others as in the capture API). 202 with the import; follow its Location for progress."
			+ " A bad file or header is a 400 and nothing is imported.")
	ResponseEntity<LeadImportView> start(InputStream body, @RequestParam(required = false) @Nullable String fileName,
			UriComponentsBuilder uris) {
		LeadImportView started = this.imports.start(body, fileName);
		return ResponseEntity.accepted()
			.location(uris.path("/api/v1/lead-imports/{id}").build(started.id()))
			.body(started);
	}

	@GetMapping
	@Operation(summary = "Imports, newest first (HQ sees all; integrators their own)")
	Page<LeadImportView> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
		return this.imports.find(new PageRequest(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "An import's state and counts: rows read, new leads, duplicates, invalid, junk, rejected")
	LeadImportView get(@PathVariable UUID id) {
		return this.imports.view(id);
	}

	@GetMapping(path = "/{id}/errors", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The rejected rows of an import, in line order: line, field, message and the row as CSV"
			+ " (Accept: text/csv for the whole report as a file)")
	Page<ImportError> errors(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
		return this.imports.errors(id, new PageRequest(page, size));
	}

	@GetMapping(path = "/{id}/errors", produces = TEXT_CSV)
	@Operation(summary = "The whole error report of an import as a CSV file")
	void errorsAsCsv(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		this.imports.view(id);
		response.setContentType(TEXT_CSV + ";charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"lead-import-" + id + "-errors.csv\"");
		this.imports.writeErrors(id, response.getWriter());
	}

}
