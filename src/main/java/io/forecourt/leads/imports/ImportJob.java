package io.forecourt.leads.imports;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.forecourt.kernel.web.ProblemException.FieldProblem;
import io.forecourt.leads.LeadStatus;
import io.forecourt.leads.capture.BulkCapture;
import io.forecourt.leads.capture.CaptureRequest;
import io.forecourt.leads.capture.CaptureResult;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Imports one spooled file: a reader thread parses and checks rows a chunk ahead while
 * this thread captures the previous chunk, so reading and writing overlap and at most
 * three chunks are in memory. Each chunk's leads, error rows and progress commit
 * together.
 */
final class ImportJob {

	private static final Logger log = LoggerFactory.getLogger(ImportJob.class);

	private static final int ATTEMPTS = 3;

	private final UUID importId;

	private final Path file;

	private final ImportRows rows;

	private final BulkCapture capture;

	private final Imports imports;

	private final ImportErrors errors;

	private final ImportSettings settings;

	private final Clock clock;

	private long reported;

	private long lastLine = 1;

	ImportJob(UUID importId, Path file, ImportRows rows, BulkCapture capture, Imports imports, ImportErrors errors,
			ImportSettings settings, Clock clock) {
		this.importId = importId;
		this.file = file;
		this.rows = rows;
		this.capture = capture;
		this.imports = imports;
		this.errors = errors;
		this.settings = settings;
		this.clock = clock;
	}

	/** A chunk as the reader hands it over: rows, the end of the file, or a failure. */
	private record Chunk(List<ImportRows.Row> rows, boolean last, @Nullable RuntimeException failure) {
	}

	void run() {
		BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(1);
		Thread reader = Thread.ofPlatform().name("lead-import-reader-" + this.importId).start(() -> read(queue));
		try {
			while (true) {
				Chunk chunk = queue.take();
				if (chunk.failure() != null) {
					throw chunk.failure();
				}
				if (!chunk.rows().isEmpty()) {
					captureRetrying(chunk.rows());
				}
				if (chunk.last()) {
					break;
				}
			}
			this.imports.finish(this.importId, ImportState.COMPLETED, null, this.clock.instant());
		}
		catch (NoLongerRunning ex) {
			log.warn("Import {} was marked failed meanwhile; stopping", this.importId);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			fail("the application stopped while importing");
		}
		catch (CsvParseException ex) {
			fail("the file is not valid CSV after that line: " + ex.getMessage());
		}
		catch (RuntimeException ex) {
			// the text of a database error may quote the data; it goes to the log only
			log.error("Import {} failed after line {}", this.importId, this.lastLine, ex);
			fail("an unexpected error, logged with import id " + this.importId);
		}
		finally {
			reader.interrupt();
			ImportFiles.delete(this.file);
		}
	}

	private void fail(String why) {
		this.imports.finish(this.importId, ImportState.FAILED,
				"stopped after line " + this.lastLine + " (lines up to it are imported): " + why, this.clock.instant());
	}

	private void read(BlockingQueue<Chunk> queue) {
		try (CsvReader<CsvRecord> reader = ImportFiles.reader(this.file)) {
			Iterator<CsvRecord> records = reader.iterator();
			records.next(); // the header, checked at upload
			List<ImportRows.Row> chunk = new ArrayList<>(this.settings.chunkSize());
			while (records.hasNext()) {
				chunk.add(this.rows.parse(records.next()));
				if (chunk.size() == this.settings.chunkSize()) {
					queue.put(new Chunk(chunk, false, null));
					chunk = new ArrayList<>(this.settings.chunkSize());
				}
			}
			queue.put(new Chunk(chunk, true, null));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			RuntimeException failure = ex instanceof RuntimeException runtime ? runtime
					: new IllegalStateException(ex.getMessage(), ex);
			try {
				queue.put(new Chunk(List.of(), true, failure));
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * A chunk that could not get a connection or lost a race (the database is busy with
	 * what earlier chunks set off) is tried again: nothing of it was committed but its
	 * One ID resolution, which finds the same customers again.
	 */
	private void captureRetrying(List<ImportRows.Row> chunk) throws InterruptedException {
		long reportedBefore = this.reported;
		for (int attempt = 1;; attempt++) {
			try {
				capture(chunk);
				return;
			}
			catch (TransientDataAccessException | CannotCreateTransactionException ex) {
				this.reported = reportedBefore;
				if (attempt == ATTEMPTS) {
					throw ex;
				}
				log.warn("Import {}: chunk after line {} failed ({}), trying again", this.importId, this.lastLine,
						ex.getClass().getSimpleName());
				Thread.sleep(1000L * attempt);
			}
		}
	}

	private void capture(List<ImportRows.Row> chunk) {
		List<ImportRows.Row> valid = chunk.stream().filter(row -> row.request() != null).toList();
		List<CaptureRequest> requests = valid.stream().map(ImportRows.Row::request).toList();
		this.capture.captureAll(requests, outcomes -> {
			long accepted = 0;
			long duplicates = 0;
			long invalid = 0;
			long junk = 0;
			List<ImportError> problems = new ArrayList<>();
			for (ImportRows.Row row : chunk) {
				if (row.request() == null) {
					report(row, row.problems(), problems);
				}
			}
			for (int i = 0; i < outcomes.size(); i++) {
				BulkCapture.Outcome outcome = outcomes.get(i);
				CaptureResult result = outcome.result();
				if (result == null) {
					report(valid.get(i), outcome.problems(), problems);
				}
				else if (result.duplicate()) {
					duplicates++;
				}
				else if (result.status() == LeadStatus.INVALID) {
					invalid++;
				}
				else if (result.status() == LeadStatus.JUNK) {
					junk++;
				}
				else {
					accepted++;
				}
			}
			long rejected = chunk.size() - accepted - duplicates - invalid - junk;
			this.errors.addAll(this.importId, problems);
			if (!this.imports.advance(this.importId,
					new Imports.Progress(chunk.size(), accepted, duplicates, invalid, junk, rejected),
					this.clock.instant())) {
				throw new NoLongerRunning();
			}
		});
		this.lastLine = chunk.get(chunk.size() - 1).line();
	}

	/** Adds the row's problems to the report, up to the report's limit. */
	private void report(ImportRows.Row row, List<FieldProblem> rowProblems, List<ImportError> report) {
		if (this.reported >= this.settings.maxErrors()) {
			return;
		}
		this.reported++;
		String raw = row.rawLine();
		rowProblems.forEach(p -> report.add(new ImportError(row.line(), p.field(), p.message(), raw)));
	}

	/** The import was marked FAILED (stale) while this chunk ran: roll it back, stop. */
	private static final class NoLongerRunning extends RuntimeException {

		NoLongerRunning() {
			super("import no longer running");
		}

	}

}
