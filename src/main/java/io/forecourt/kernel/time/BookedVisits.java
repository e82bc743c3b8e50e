package io.forecourt.kernel.time;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Booked visits that {@link VisitJobs} reminds and marks no-shows: test drives, workshop
 * appointments, and whatever else a customer books a time for. The module keeps its own
 * table and events; this is what the jobs need of it.
 */
public interface BookedVisits {

	/** What a visit is called in the log, e.g. "test drive". */
	String what();

	/** Booked visits starting in (now, until] not yet reminded, soonest first. */
	List<UUID> dueForReminder(Instant now, Instant until, int limit);

	/** Booked visits starting in (from, until] not yet reminded at all, soonest first. */
	List<UUID> dueForDayBeforeReminder(Instant from, Instant until, int limit);

	/**
	 * In the job's transaction: stamps the reminder, only if the visit (as it is now,
	 * perhaps moved meanwhile) is still booked, unreminded and starting in (now, until],
	 * and publishes it.
	 * @return whether this call stamped it (whoever stamps it publishes it)
	 */
	boolean remind(UUID id, VisitReminder reminder, Instant now, Instant until);

	/** Booked visits whose grace period has passed with nobody checked in, as of now. */
	List<UUID> dueForNoShow(Instant now, int limit);

	/**
	 * In the job's transaction: marks the visit a no-show if it is still booked.
	 * @return whether this call marked it
	 */
	boolean markNoShow(UUID id, Instant now);

}
