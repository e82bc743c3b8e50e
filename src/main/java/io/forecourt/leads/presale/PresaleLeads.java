package io.forecourt.leads.presale;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;

import io.forecourt.kernel.contact.PhoneNumber;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.leads.capture.BulkCapture;
import io.forecourt.leads.capture.CaptureRequest;
import io.forecourt.leads.grading.PurchaseTimeframe;
import io.forecourt.presale.ParticipantCapture;
import io.forecourt.presale.PresaleParticipantsJoined;
import io.forecourt.presale.PresaleParticipantsJoined.Outcome;
import io.forecourt.presale.PresaleParticipantsJoined.Participant;
import io.forecourt.sales.Configurations;
import io.forecourt.sales.PricedConfiguration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Every presale participant becomes a lead (channel {@code presale}): each batch the
 * presale module publishes is captured through {@link BulkCapture}, the CSV import's
 * path, so participants get the same cleansing, junk rules, One ID, dedup with
 * attribution and grading as any lead, and their new leads are routed as an import's are.
 *
 * <p>
 * Exactly once per participant: the participants captured are recorded by campaign and
 * phone in the transaction that writes their leads, and a batch delivered again skips
 * them. Two deliveries of one batch at the same moment cannot both commit: the second
 * one's record is a duplicate key, which rolls its capture back, and it looks again.
 *
 * <p>
 * What the presale knows becomes what grading looks at: a participant who
 * {@link Outcome#RESERVED reserved} a car buys within 7 days (the deposit window), and
 * the price of the configuration asked for is the budget. With the shipped scoring rules
 * a reservation of a car from 150,000 yuan is an H lead; see the README.
 */
@Component
class PresaleLeads {

	static final String CHANNEL = "presale";

	private static final Logger log = LoggerFactory.getLogger(PresaleLeads.class);

	private final BulkCapture capture;

	private final PresaleParticipants participants;

	private final Configurations configurations;

	private final Clock clock;

	private final ParticipantCapture handover;

	/**
	 * One batch at a time per instance: a capture is the lead center's whole path (One
	 * ID, dedup, grading, routing) and holds a database connection throughout; a launch
	 * publishes a batch every few milliseconds, and capturing them all at once would take
	 * every connection the launch's own answers need. The batches wait their turn (their
	 * publications stay incomplete until captured, so nothing is lost).
	 */
	private final Semaphore turn = new Semaphore(1, true);

	PresaleLeads(BulkCapture capture, PresaleParticipants participants, Configurations configurations, Clock clock,
			ParticipantCapture handover) {
		this.capture = capture;
		this.participants = participants;
		this.configurations = configurations;
		this.clock = clock;
		this.handover = handover;
	}

	/**
	 * Outside a transaction of the listener's own: One ID resolves before the capture's
	 * transaction, as for any lead.
	 */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(PresaleParticipantsJoined event) throws InterruptedException {
		this.turn.acquire();
		try {
			captureOnce(event);
			// the presale hands over the next batches as fast as they are captured
			this.handover.captured(event);
		}
		finally {
			this.turn.release();
		}
	}

	private void captureOnce(PresaleParticipantsJoined event) {
		CurrentAccess.asSystem(() -> {
			try {
				capture(event);
			}
			catch (DuplicateKeyException ex) {
				// another delivery of the batch committed first: this one rolled back,
				// and
				// once more finds who that one captured and captures the rest
				log.info("Presale batch of campaign {} was captured meanwhile by another delivery; looking again",
						event.campaignCode());
				capture(event);
			}
		});
	}

	private void capture(PresaleParticipantsJoined event) {
		// a person appears once per campaign; should one repeat, the first counts
		Map<String, Participant> byKey = new LinkedHashMap<>();
		for (Participant participant : event.participants()) {
			byKey.putIfAbsent(phoneKey(participant), participant);
		}
		Set<String> done = this.participants.capturedOf(event.campaignId(), byKey.keySet());
		byKey.keySet().removeAll(done);
		if (byKey.isEmpty()) {
			log.debug("Presale batch of campaign {} captured already ({} participants)", event.campaignCode(),
					event.participants().size());
			return;
		}
		List<String> keys = List.copyOf(byKey.keySet());
		Map<String, Optional<BigDecimal>> prices = new HashMap<>();
		List<CaptureRequest> requests = keys.stream().map(key -> request(event, byKey.get(key), prices)).toList();
		this.capture.captureAll(requests, outcomes -> {
			List<PresaleParticipants.Captured> captured = new ArrayList<>();
			for (int i = 0; i < outcomes.size(); i++) {
				BulkCapture.Outcome outcome = outcomes.get(i);
				if (outcome.result() == null) {
					// nothing was written for them: a later delivery tries again
					log.warn("Presale participant of campaign {} not captured: {}", event.campaignCode(),
							outcome.problems());
					continue;
				}
				String key = keys.get(i);
				captured
					.add(new PresaleParticipants.Captured(key, outcome.result().leadId(), byKey.get(key).outcome()));
			}
			this.participants.record(event.campaignId(), captured, this.clock.instant());
		});
	}

	private CaptureRequest request(PresaleParticipantsJoined event, Participant p,
			Map<String, Optional<BigDecimal>> prices) {
		return new CaptureRequest(CHANNEL, cut(event.brand(), 60), cut(event.campaignCode(), 200), null, null, null,
				null, null, cut(p.name(), 100), phone(p), null, null, cut(event.modelCode(), 100), city(p.cityCode()),
				timeframe(p.outcome()), false, budget(p.configurationCode(), prices), p.consentMarketing(),
				cut(p.rawPayload(), 100_000));
	}

	/**
	 * A reservation holds a car for a deposit due within days: the person buys within 7
	 * days. Any other answer (sold out, limit reached, ...) says nothing about when.
	 */
	static PurchaseTimeframe timeframe(Outcome outcome) {
		return outcome == Outcome.RESERVED ? PurchaseTimeframe.WITHIN_7_DAYS : PurchaseTimeframe.UNKNOWN;
	}

	/** The price of the configuration they asked for (MSRP), when it is known. */
	private @Nullable BigDecimal budget(@Nullable String configurationCode, Map<String, Optional<BigDecimal>> prices) {
		if (configurationCode == null || configurationCode.isBlank()) {
			return null;
		}
		return prices
			.computeIfAbsent(configurationCode.strip(),
					code -> this.configurations.find(code).map(PricedConfiguration::msrpTotal))
			.orElse(null);
	}

	/**
	 * What identifies a participant within a campaign: the phone in E.164 when valid, as
	 * given otherwise, and the attempt's time for a participant without one.
	 */
	static String phoneKey(Participant participant) {
		String phone = phone(participant);
		if (phone.isEmpty()) {
			return "?" + participant.attemptedAt();
		}
		try {
			return PhoneNumber.parse(phone).e164();
		}
		catch (IllegalArgumentException ex) {
			return phone;
		}
	}

	private static String phone(Participant participant) {
		String phone = participant.phone().strip();
		return phone.length() <= 60 ? phone : phone.substring(0, 60);
	}

	/** A city code the capture accepts (six digits), or none. */
	private static @Nullable String city(@Nullable String cityCode) {
		return cityCode != null && cityCode.strip().matches("\\d{6}") ? cityCode.strip() : null;
	}

	private static @Nullable String cut(@Nullable String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		return stripped.length() <= max ? stripped : stripped.substring(0, max);
	}

}
