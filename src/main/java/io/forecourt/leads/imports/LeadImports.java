package io.forecourt.leads.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.csv.CsvCells;
import io.forecourt.kernel.jdbc.Where;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.leads.capture.BulkCapture;
import jakarta.annotation.PreDestroy;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk import of leads from CSV. {@link #start} spools the upload to disk, checks it and
 * its header (a bad one is refused with nothing written), records the import and hands it
 * to a background thread, which captures the rows a chunk at a time under the importer's
 * identity. Headquarters see every import; others (integrators) their own.
 */
@Service
public class LeadImports {

	static final String RESOURCE = "lead-import";

	private final Imports imports;

	private final ImportErrors errors;

	private final BulkCapture capture;

	private final Validator validator;

	private final AuditLog audit;

	private final ImportSettings settings;

	private final TransactionTemplate transaction;

	private final Clock clock;

	/** Imports this instance may still start. */
	private final Semaphore slots;

	private final Set<Thread> running = ConcurrentHashMap.newKeySet();

	LeadImports(Imports imports, ImportErrors errors, BulkCapture capture, Validator validator, AuditLog audit,
			ImportSettings settings, PlatformTransactionManager transactions, Clock clock) {
		this.imports = imports;
		this.errors = errors;
		this.capture = capture;
		this.validator = validator;
		this.audit = audit;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.slots = new Semaphore(settings.concurrent());
	}

	/**
	 * Starts importing a CSV file (UTF-8, a header row naming {@link ImportColumn}s).
	 * @param fileName what the user called the file, shown in listings
	 * @throws ProblemException validation (nothing written) for an empty, oversized,
	 * non-UTF-8 or non-CSV upload or a bad header; rate-limited while this instance runs
	 * as many imports as it may
	 */
	@PreAuthorize("hasAuthority('PERM_LEAD_IMPORT')")
	public LeadImportView start(InputStream body, @Nullable String fileName) {
		if (!this.slots.tryAcquire()) {
			throw new ProblemException(ProblemType.RATE_LIMITED, this.settings.concurrent()
					+ " imports are running already; start this one when one of them has finished");
		}
		boolean handedOver = false;
		try {
			ImportFiles.Spooled spooled = ImportFiles.spool(body, this.settings.spool(),
					this.settings.maxFileSize().toBytes());
			ForecourtPrincipal principal = CurrentAccess.principal().orElseThrow();
			UUID id = UUID.randomUUID();
			String name = fileName == null || fileName.isBlank() ? null : cut(fileName.strip(), 200);
			this.transaction.executeWithoutResult(status -> {
				this.imports.start(id, name, principal.name(), principal.subjectId(), this.clock.instant());
				this.audit.recordChange(AuditAction.CREATE, RESOURCE, id, name == null ? null : "file=" + name);
			});
			ImportJob job = new ImportJob(id, spooled.file(), new ImportRows(spooled.header(), this.validator),
					this.capture, this.imports, this.errors, this.settings, this.clock);
			Authentication importer = SecurityContextHolder.getContext().getAuthentication();
			Thread thread = Thread.ofPlatform()
				.name("lead-import-" + id)
				.daemon(true)
				.unstarted(() -> runAs(importer, job));
			this.running.add(thread);
			thread.start();
			handedOver = true;
			return this.imports.find(id, Where.unscoped()).orElseThrow();
		}
		finally {
			if (!handedOver) {
				this.slots.release();
			}
		}
	}

	private void runAs(Authentication importer, ImportJob job) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(importer);
		SecurityContextHolder.setContext(context);
		try {
			job.run();
		}
		finally {
			SecurityContextHolder.clearContext();
			this.running.remove(Thread.currentThread());
			this.slots.release();
		}
	}

	/**
	 * On shutdown, running imports stop and are marked FAILED with the line they got to,
	 * rather than left RUNNING until the stale check notices.
	 */
	@PreDestroy
	void stopRunning() throws InterruptedException {
		for (Thread thread : this.running) {
			thread.interrupt();
		}
		for (Thread thread : this.running) {
			thread.join(Duration.ofSeconds(10));
		}
	}

	/**
	 * @throws ProblemException not found, also for someone else's import
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_LEAD_IMPORT')")
	public LeadImportView view(UUID id) {
		return this.imports.find(id, visible())
			.orElseThrow(() -> this.audit.notFound(RESOURCE, id, this.imports.exists(id)));
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_LEAD_IMPORT')")
	public Page<LeadImportView> find(PageRequest page) {
		Where visible = visible();
		return Page.of(this.imports.page(visible, page), page, this.imports.count(visible));
	}

	/** A page of the import's error report, in line order. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_LEAD_IMPORT')")
	public Page<ImportError> errors(UUID id, PageRequest page) {
		view(id);
		return Page.of(this.errors.page(id, page), page, this.errors.count(id));
	}

	/**
	 * Writes the whole error report as CSV (line, field, message, raw_line), streamed
	 * from the database. Cells a spreadsheet would run as a formula are neutralised.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_LEAD_IMPORT')")
	public void writeErrors(UUID id, Writer out) {
		view(id);
		try {
			CsvWriter csv = CsvWriter.builder().build(out);
			csv.writeRecord("line", "field", "message", "raw_line");
			this.errors.each(id, error -> csv.writeRecord(String.valueOf(error.line()), CsvCells.text(error.field()),
					CsvCells.text(error.message()), CsvCells.text(error.rawLine())));
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** HQ (an OEM-wide scope) sees every import; anyone else the ones they started. */
	private static Where visible() {
		if (CurrentAccess.scope().isAll()) {
			return Where.unscoped();
		}
		return Where.unscoped()
			.and("owner_subject = :owner", "owner",
					CurrentAccess.principal().map(ForecourtPrincipal::subjectId).orElse(""));
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

}
