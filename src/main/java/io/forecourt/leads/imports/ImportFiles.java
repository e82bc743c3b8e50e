package io.forecourt.leads.imports;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import io.forecourt.kernel.web.ProblemException;

/**
 * Import files on their way in: the upload is copied to a temporary file as it arrives
 * (never held in memory), checked to be UTF-8 text within the size limit, and its header
 * read; the rows are then read from that file in the background.
 */
final class ImportFiles {

	private static final int BUFFER = 64 * 1024;

	private ImportFiles() {
	}

	/** A spooled upload with its checked header. */
	record Spooled(Path file, ImportHeader header) {
	}

	/**
	 * @throws ProblemException a validation problem (nothing kept) for an upload that is
	 * empty, too large, not UTF-8, not CSV or whose header is wrong
	 */
	static Spooled spool(InputStream body, Path directory, long maxBytes) {
		Path file;
		try {
			Files.createDirectories(directory);
			file = Files.createTempFile(directory, "forecourt-lead-import-", ".csv");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			copy(body, file, maxBytes);
			return new Spooled(file, header(file));
		}
		catch (RuntimeException ex) {
			delete(file);
			throw ex;
		}
	}

	/** Reads the rows of a spooled file; fields are counted by the caller. */
	static CsvReader<CsvRecord> reader(Path file) throws IOException {
		return CsvReader.builder()
			// a quote left open would swallow the rest of the file into one field
			.allowUnclosedQuote(false)
			.extraFieldStrategy(FieldMismatchStrategy.IGNORE)
			.missingFieldStrategy(FieldMismatchStrategy.IGNORE)
			.ofCsvRecord(file, StandardCharsets.UTF_8);
	}

	static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a leftover temporary file is harmless; the system's cleaning removes it
		}
	}

	/** Copies as UTF-8 text, dropping a byte-order mark (spreadsheets write one). */
	private static void copy(InputStream body, Path file, long maxBytes) {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (Reader in = new BufferedReader(new InputStreamReader(new Limited(body, maxBytes), decoder), BUFFER);
				Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), BUFFER)) {
			char[] buffer = new char[BUFFER];
			boolean first = true;
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				int from = first && n > 0 && buffer[0] == '\uFEFF' ? 1 : 0;
				first = first && n == 0;
				out.write(buffer, from, n - from);
			}
		}
		catch (CharacterCodingException ex) {
			throw ProblemException.validation("file", "is not UTF-8 text (save the CSV as UTF-8)");
		}
		catch (TooLarge ex) {
			throw ProblemException.validation("file",
					"is larger than the limit of " + maxBytes / (1024 * 1024) + " MiB; split it into several imports");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ImportHeader header(Path file) {
		try (CsvReader<CsvRecord> reader = reader(file)) {
			var records = reader.iterator();
			if (!records.hasNext()) {
				throw ProblemException.validation("file", "is empty: the first line must name the columns");
			}
			return ImportHeader.of(records.next().getFields());
		}
		catch (CsvParseException ex) {
			throw ProblemException.validation("file", "is not CSV: " + ex.getMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Stops reading past the limit. */
	private static final class Limited extends FilterInputStream {

		private final long max;

		private long read;

		Limited(InputStream in, long max) {
			super(in);
			this.max = max;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			count(b < 0 ? 0 : 1);
			return b;
		}

		@Override
		public int read(byte[] bytes, int offset, int length) throws IOException {
			int n = super.read(bytes, offset, length);
			count(Math.max(n, 0));
			return n;
		}

		private void count(int n) throws TooLarge {
			this.read += n;
			if (this.read > this.max) {
				throw new TooLarge();
			}
		}

	}

	private static final class TooLarge extends IOException {

		TooLarge() {
			super("upload exceeds the import size limit");
		}

	}

}
