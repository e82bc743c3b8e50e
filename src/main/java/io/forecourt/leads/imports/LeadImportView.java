package io.forecourt.leads.imports;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An import and how far it got.
 *
 * @param rowsRead rows of the file read so far (the header not counted)
 * @param accepted new leads kept (status NEW)
 * @param duplicates rows attached to an open lead of the same customer as another source
 * @param invalid leads kept and flagged INVALID (the phone is not a valid number)
 * @param junk leads kept and flagged JUNK
 * @param rejected rows not imported, each in the error report
 * @param chunks chunks of rows committed so far
 * @param failure why a FAILED import stopped
 */
public record LeadImportView(UUID id, @Nullable String fileName, ImportState state, long rowsRead, long accepted,
		long duplicates, long invalid, long junk, long rejected, int chunks, @Nullable String failure, String startedBy,
		Instant startedAt, @Nullable Instant finishedAt) {

	public boolean running() {
		return this.state == ImportState.RUNNING;
	}

}
