package io.forecourt.kernel.time;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Booked visits that {@link VisitJobs} reminds and marks no-shows: test drives, workshop
 * appointments, and whatever else a customer books a time for. The module keeps its own
 * table ({@link #table()}) and events; this is what the jobs need of it.
 */
public interface BookedVisits {

	/** What a visit is called in the log, e.g. "test drive". */
	String what();

	/** Where the visits are. */
	VisitTable table();

	/** How long after its no-show time a visit nobody checked in to is a no-show. */
	Duration noShowGrace();

	/**
	 * In the job's transaction, once this run has stamped the reminder: audits and
	 * publishes it.
	 */
	void reminded(UUID id, VisitReminder reminder, Instant now);

	/**
	 * In the job's transaction: marks the visit a no-show if it is still booked.
	 * @return whether this call marked it
	 */
	boolean markNoShow(UUID id, Instant now);

}
