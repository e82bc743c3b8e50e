package io.forecourt.leads.imports;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How lead imports run ({@code forecourt.leads.import.*}).
 *
 * @param chunkSize rows captured and committed together: large enough for set-based SQL
 * to pay off, small enough to bound memory and the work a failure rolls back
 * @param maxFileSize the largest file accepted
 * @param concurrent imports one instance runs at once; more are refused until one ends
 * @param staleAfter a RUNNING import without progress for this long was on an instance
 * that stopped, and is marked FAILED
 * @param maxErrors rows reported per import; rejected rows beyond it are only counted
 * @param spoolDirectory where uploads are kept while they are imported (the system's
 * temporary directory by default)
 */
@ConfigurationProperties("forecourt.leads.import")
record ImportSettings(@DefaultValue("5000") int chunkSize, @DefaultValue("1GB") DataSize maxFileSize,
		@DefaultValue("2") int concurrent, @DefaultValue("PT5M") Duration staleAfter,
		@DefaultValue("100000") int maxErrors, @Nullable Path spoolDirectory) {

	Path spool() {
		return this.spoolDirectory != null ? this.spoolDirectory : Path.of(System.getProperty("java.io.tmpdir"));
	}

}
