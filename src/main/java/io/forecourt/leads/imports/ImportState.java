package io.forecourt.leads.imports;

/** Where an import stands. */
public enum ImportState {

	/** Rows are being read and captured, a chunk at a time. */
	RUNNING,

	/** Every row was read: captured, flagged or reported. */
	COMPLETED,

	/**
	 * Stopped before the end (the failure says why); the chunks committed before it stay
	 * imported.
	 */
	FAILED

}
