package io.forecourt.service.satisfaction;

/** Where a satisfaction survey stands. */
public enum SurveyStatus {

	/** Waiting for the send delay after delivery. */
	PENDING,

	/** Handed to the channel the owner consented to. */
	SENT,

	/** Not sent: no channel the owner consented to (the reason is kept). */
	NOT_SENT,

	/** Answered (once). */
	ANSWERED

}
