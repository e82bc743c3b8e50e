package io.forecourt.leads.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.console.ConsoleController;
import io.forecourt.kernel.console.Flash;
import io.forecourt.kernel.console.Htmx;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.leads.imports.ImportColumn;
import io.forecourt.leads.imports.LeadImportView;
import io.forecourt.leads.imports.LeadImports;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's lead import: upload a CSV file, then watch its progress (htmx polls the
 * progress card while the import runs) and read or download the rows it rejected.
 */
@ConsoleController
@RequestMapping("/leads/imports")
class LeadImportConsole {

	/** Rejected rows shown on the page; the CSV download has them all. */
	static final int ERRORS_SHOWN = 20;

	private final LeadImports imports;

	LeadImportConsole(LeadImports imports) {
		this.imports = imports;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("imports", this.imports.find(new PageRequest(0, PageRequest.MAX_SIZE)).items());
		model.addAttribute("columns", ImportColumn.values());
		return "leads/imports";
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			return refused(model, response, List.of("leads-import.upload.missing"), List.of(""));
		}
		try (InputStream body = file.getInputStream()) {
			LeadImportView started = this.imports.start(body, file.getOriginalFilename());
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("leads-import.upload.started"));
			return "redirect:/leads/imports/" + started.id();
		}
		catch (ProblemException ex) {
			if (ex.properties().get("errors") instanceof List<?> errors && !errors.isEmpty()) {
				List<String> details = errors.stream()
					.filter(ProblemException.FieldProblem.class::isInstance)
					.map(error -> ((ProblemException.FieldProblem) error).message())
					.toList();
				return refused(model, response, List.of("leads-import.upload.refused"), details);
			}
			return refused(model, response, List.of("leads-import.upload.busy"), List.of(ex.getMessage()));
		}
	}

	/** The upload page again, saying why the file was not taken (422, as forms do). */
	private String refused(Model model, HttpServletResponse response, List<String> keys, List<String> details) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("problemKey", keys.get(0));
		model.addAttribute("problems", details);
		return list(model);
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model, HttpServletRequest request, HttpServletResponse response) {
		LeadImportView view = this.imports.view(id);
		model.addAttribute("leadImport", view);
		model.addAttribute("counts",
				List.of(new Count("rows", view.rowsRead()), new Count("accepted", view.accepted()),
						new Count("duplicates", view.duplicates()), new Count("invalid", view.invalid()),
						new Count("junk", view.junk()), new Count("rejected", view.rejected())));
		model.addAttribute("errors", this.imports.errors(id, new PageRequest(0, ERRORS_SHOWN)));
		return Htmx.pageOrFragment(request, response, "leads/import", "progress");
	}

	@GetMapping("/{id}/errors.csv")
	void errors(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		this.imports.view(id);
		response.setContentType("text/csv;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"lead-import-" + id + "-errors.csv\"");
		this.imports.writeErrors(id, response.getWriter());
	}

	/** One of an import's counts, by its message key. */
	record Count(String key, long value) {
	}

}
