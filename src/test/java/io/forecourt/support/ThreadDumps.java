package io.forecourt.support;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * A dump of every thread, virtual ones included, for a test that timed out waiting on
 * asynchronous work: printed with the failure, so a CI log shows what was stuck.
 */
public final class ThreadDumps {

	private ThreadDumps() {
	}

	/** The JVM's threads as text (the format of {@code jcmd Thread.dump_to_file}). */
	public static String all() {
		try {
			Path file = Files.createTempDirectory("forecourt-threads").resolve("threads.txt");
			ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
				.dumpThreads(file.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.TEXT_PLAIN);
			String dump = Files.readString(file);
			Files.delete(file);
			Files.delete(file.getParent());
			return dump;
		}
		catch (IOException | RuntimeException ex) {
			return "(no thread dump: " + ex + ")";
		}
	}

}
