package io.forecourt.presale;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Records the presale events that were committed (published in a transaction that then
 * committed), from whatever thread published them: the participant handover publishes
 * from its own.
 */
@TestComponent
public class PresaleEventsRecorder {

	private final List<Object> events = new CopyOnWriteArrayList<>();

	@TransactionalEventListener(fallbackExecution = true)
	void on(PresaleParticipantsJoined event) {
		this.events.add(event);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(PresaleReserved event) {
		this.events.add(event);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(PresaleReservationExpired event) {
		this.events.add(event);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(PresaleReservationPaid event) {
		this.events.add(event);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(PresaleOrderPlaced event) {
		this.events.add(event);
	}

	/** Every participant published for the campaign, in publication order. */
	public List<PresaleParticipantsJoined.Participant> participants(UUID campaignId) {
		return joined(campaignId).stream().flatMap(e -> e.participants().stream()).toList();
	}

	/**
	 * The campaign's participants once at least {@code expected} have been handed over
	 * (the handover runs in the background, a fraction of a second behind the answers),
	 * or whatever was handed over within 30 seconds.
	 */
	public List<PresaleParticipantsJoined.Participant> participants(UUID campaignId, int expected) {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
		List<PresaleParticipantsJoined.Participant> found = participants(campaignId);
		while (found.size() < expected && System.nanoTime() < deadline) {
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			found = participants(campaignId);
		}
		return found;
	}

	public List<PresaleParticipantsJoined> joined(UUID campaignId) {
		return of(PresaleParticipantsJoined.class).stream().filter(e -> e.campaignId().equals(campaignId)).toList();
	}

	public List<PresaleReserved> reserved(UUID campaignId) {
		return of(PresaleReserved.class).stream().filter(e -> e.campaignId().equals(campaignId)).toList();
	}

	public List<PresaleReservationExpired> expired(UUID reservationId) {
		return of(PresaleReservationExpired.class).stream()
			.filter(e -> e.reservationId().equals(reservationId))
			.toList();
	}

	public List<PresaleReservationPaid> paid(UUID reservationId) {
		return of(PresaleReservationPaid.class).stream().filter(e -> e.reservationId().equals(reservationId)).toList();
	}

	public List<PresaleOrderPlaced> ordersPlaced(UUID reservationId) {
		return of(PresaleOrderPlaced.class).stream().filter(e -> e.reservationId().equals(reservationId)).toList();
	}

	private <T> List<T> of(Class<T> type) {
		return this.events.stream().filter(type::isInstance).map(type::cast).toList();
	}

}
