package io.forecourt.presale;

/**
 * What the lead center tells the presale once it has captured a batch of participants (or
 * found it captured before). The presale hands the next batches over only about as fast
 * as they are captured, so a launch's backlog of participants waits in its table, durable
 * and cheap, rather than as a queue of captures that would run on into the next surge of
 * answers.
 */
public interface ParticipantCapture {

	/** The lead center is done with this batch. */
	void captured(PresaleParticipantsJoined batch);

}
