package io.forecourt.presale.reservations;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import io.forecourt.kernel.contact.PhoneNumber;
import io.forecourt.kernel.geo.CityCode;
import io.forecourt.kernel.identity.NationalIdNumber;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.network.DealerSummary;
import io.forecourt.presale.PresaleParticipantsJoined;
import io.forecourt.presale.PresaleParticipantsJoined.Outcome;
import io.forecourt.presale.campaigns.Campaign;
import io.forecourt.presale.campaigns.CampaignDirectory;
import io.forecourt.presale.launch.AbuseGuard;
import io.forecourt.presale.launch.ClientSignals;
import io.forecourt.presale.launch.LaunchCounter;
import io.forecourt.presale.launch.LaunchCounters;
import io.forecourt.presale.launch.LaunchPace;
import io.forecourt.presale.participants.ParticipantRecorder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * Answers a reservation attempt, at once and for good: RESERVED (with the payment
 * deadline), or a refusal that says why (rate-limited, rejected as automated, not open
 * yet, closed, region not allowed, sold out, limit reached), or TRY_AGAIN when this
 * instance sheds load and decided nothing.
 * <p>
 * The cheap checks come first, so most refusals in a surge cost no database work: input,
 * abuse (user agent, burst and rate limits), the window, the region, this instance's
 * recent count of free units. Only attempts that can still succeed run a claim
 * transaction ({@link ReservationClaims}), at most a connection pool's worth at a time.
 * Every answered participant is recorded once per campaign by the group-commit
 * {@link ParticipantRecorder} before the answer goes out.
 */
@Service
public class ReservationDesk {

	private static final Logger log = LoggerFactory.getLogger(ReservationDesk.class);

	private static final long RETRY_AFTER_SECONDS = 1;

	private final CampaignDirectory campaigns;

	private final ReservationClaims claims;

	private final FreeUnits freeUnits;

	private final ClaimPermits permits;

	private final PersonKeys keys;

	private final RegionPolicy regions;

	private final AbuseGuard abuse;

	private final LaunchCounters counters;

	private final LaunchPace pace;

	private final ParticipantRecorder recorder;

	private final ObjectWriter rawPayloads;

	private final Clock clock;

	ReservationDesk(CampaignDirectory campaigns, ReservationClaims claims, FreeUnits freeUnits, ClaimPermits permits,
			PersonKeys keys, RegionPolicy regions, AbuseGuard abuse, LaunchCounters counters, LaunchPace pace,
			ParticipantRecorder recorder, JsonMapper json, Clock clock) {
		this.campaigns = campaigns;
		this.claims = claims;
		this.freeUnits = freeUnits;
		this.permits = permits;
		this.keys = keys;
		this.regions = regions;
		this.abuse = abuse;
		this.counters = counters;
		this.pace = pace;
		this.recorder = recorder;
		this.rawPayloads = json.writerFor(RawPayload.class);
		this.clock = clock;
	}

	/**
	 * @param campaignCode the campaign, when the caller names it apart from the request
	 * (the older path form); otherwise the request's {@code campaignCode}
	 * @return RESERVED, or the refusal: not-found for an unknown campaign named by the
	 * path; validation (nothing recorded); rate-limited, presale-rejected,
	 * presale-not-open, presale-closed, presale-region-not-allowed, presale-sold-out,
	 * presale-limit-reached, presale-try-again
	 */
	@Secured("PERM_PRESALE_RESERVE") // not @PreAuthorize: its expression cost 2% of an
										// attempt
	public ReservationAnswer reserve(@Nullable String campaignCode, ReservationRequest request, ClientSignals client) {
		try {
			return new ReservationAnswer.Reserved(decide(campaignCode, request, client));
		}
		catch (ProblemException refused) {
			return new ReservationAnswer.Refused(refused);
		}
	}

	private ReservationView decide(@Nullable String campaignCode, ReservationRequest request, ClientSignals client) {
		Instant now = this.clock.instant();
		Campaign campaign = campaign(campaignCode, request);
		this.counters.increment(campaign.id(), LaunchCounter.ATTEMPTS);
		this.pace.attempted();
		Attempt attempt;
		try {
			attempt = check(campaign, request, now);
		}
		catch (ProblemException ex) {
			this.counters.increment(campaign.id(), LaunchCounter.INVALID);
			throw ex;
		}
		Optional<AbuseGuard.Refusal> abused = this.abuse.check(campaign.id(), attempt.claim().personKey(), client);
		if (abused.isPresent()) {
			throw refuse(attempt, Outcome.REJECTED, abused.get().counter(), abused.get().problem());
		}
		switch (campaign.stateAt(now)) {
			case UPCOMING -> throw refuse(attempt, Outcome.NOT_OPEN, LaunchCounter.NOT_OPEN,
					new ProblemException(ProblemType.PRESALE_NOT_OPEN,
							"Presale " + campaign.code() + " opens at " + campaign.opensAt(),
							Map.of("opensAt", campaign.opensAt().toString())));
			case CLOSED -> throw refuse(attempt, Outcome.CLOSED, LaunchCounter.CLOSED,
					new ProblemException(ProblemType.PRESALE_CLOSED,
							"Presale " + campaign.code() + " closed at " + campaign.closesAt(),
							Map.of("closesAt", campaign.closesAt().toString())));
			case OPEN -> {
			}
		}
		if (!this.regions.allows(campaign, attempt.claim().cityCode(), attempt.dealer())) {
			throw refuse(attempt, Outcome.REGION_NOT_ALLOWED, LaunchCounter.REGION_NOT_ALLOWED,
					new ProblemException(ProblemType.PRESALE_REGION_NOT_ALLOWED,
							"Presale " + campaign.code() + " is not open to this city or dealer"));
		}
		String configuration = attempt.claim().configurationCode();
		// named as a claim would name it: the configuration only when its own cap is
		// taken
		ClaimResult.SoldOut known = this.freeUnits.soldOut(campaign, configuration, now);
		if (known != null) {
			throw refuse(attempt, Outcome.SOLD_OUT, LaunchCounter.SOLD_OUT,
					soldOut(campaign, known.configurationCode()));
		}
		if (this.recorder.overloaded() || !this.permits.acquire()) {
			throw tryAgain(attempt);
		}
		ClaimResult result;
		try {
			// to the millisecond, as stored by either database: the deadline told is the
			// one kept
			result = this.claims.claim(campaign, attempt.claim(), this.clock.instant().truncatedTo(ChronoUnit.MILLIS));
		}
		catch (DataAccessException ex) {
			// a deadlock victim, a lock or connection timeout, a constraint race: nothing
			// was written
			log.debug("Presale claim of {} failed; answered try again", campaign.code(), ex);
			result = new ClaimResult.Contended();
		}
		finally {
			this.permits.release();
		}
		return switch (result) {
			case ClaimResult.Reserved reserved -> reserved(attempt, reserved.reservation());
			case ClaimResult.SoldOut soldOut -> {
				this.freeUnits.soldOutSeen(campaign, soldOut.configurationCode(), soldOut.nextReturn());
				throw refuse(attempt, Outcome.SOLD_OUT, LaunchCounter.SOLD_OUT,
						soldOut(campaign, soldOut.configurationCode()));
			}
			case ClaimResult.LimitReached limit -> throw refuse(attempt, Outcome.LIMIT_REACHED,
					LaunchCounter.LIMIT_REACHED,
					new ProblemException(ProblemType.PRESALE_LIMIT_REACHED,
							"This person already holds " + campaign.perPersonLimit() + " reservation"
									+ (campaign.perPersonLimit() == 1 ? "" : "s") + " of presale " + campaign.code(),
							Map.of("perPersonLimit", campaign.perPersonLimit())));
			case ClaimResult.Contended contended -> throw tryAgain(attempt);
		};
	}

	/**
	 * The campaign the attempt is for: named by the path (unknown: not-found) or by the
	 * body's {@code campaignCode} (missing or unknown: a validation problem).
	 */
	private Campaign campaign(@Nullable String pathCode, ReservationRequest request) {
		String bodyCode = request.campaignCode() == null || request.campaignCode().isBlank() ? null
				: request.campaignCode().strip();
		if (pathCode != null) {
			if (bodyCode != null && !bodyCode.equalsIgnoreCase(pathCode)) {
				throw ProblemException.validation("campaignCode",
						"'" + bodyCode + "' is not the campaign of the path, " + pathCode);
			}
			return this.campaigns.byCode(pathCode)
				.orElseThrow(() -> ProblemException.notFound("Presale campaign", pathCode));
		}
		if (bodyCode == null) {
			throw ProblemException.validation("campaignCode", "is required");
		}
		return this.campaigns.byCode(bodyCode)
			.orElseThrow(
					() -> ProblemException.validation("campaignCode", "'" + bodyCode + "' is not a presale campaign"));
	}

	private ReservationView reserved(Attempt attempt, Reservation reservation) {
		Campaign campaign = attempt.campaign();
		// the reservation has committed: the answer is RESERVED even if recording the
		// participant fails (the expiry job records reservations left without one)
		await(record(attempt, Outcome.RESERVED));
		this.counters.increment(campaign.id(), LaunchCounter.RESERVED);
		return ReservationView.of(reservation, campaign, reservation.reservedAt());
	}

	/**
	 * Records the participant with the refusal and counts it; the problem to throw. When
	 * the participant cannot be recorded the answer becomes TRY_AGAIN: nobody is told an
	 * outcome that was not recorded.
	 */
	private ProblemException refuse(Attempt attempt, Outcome outcome, LaunchCounter counter, ProblemException problem) {
		if (!await(record(attempt, outcome))) {
			return tryAgainCounted(attempt.campaign());
		}
		this.counters.increment(attempt.campaign().id(), counter);
		return problem;
	}

	/** Nothing decided: recorded if the recorder has room, without waiting. */
	private ProblemException tryAgain(Attempt attempt) {
		if (!this.recorder.overloaded()) {
			record(attempt, Outcome.TRY_AGAIN);
		}
		return tryAgainCounted(attempt.campaign());
	}

	private ProblemException tryAgainCounted(Campaign campaign) {
		this.counters.increment(campaign.id(), LaunchCounter.TRY_AGAIN);
		return new ProblemException(ProblemType.PRESALE_TRY_AGAIN,
				"Presale " + campaign.code() + " is busy; nothing was decided, try again shortly",
				Map.of(ProblemException.RETRY_AFTER_SECONDS, RETRY_AFTER_SECONDS));
	}

	private CompletableFuture<Boolean> record(Attempt attempt, Outcome outcome) {
		Claim claim = attempt.claim();
		return this.recorder.record(attempt.campaign(), claim.personKey(),
				new PresaleParticipantsJoined.Participant(claim.phone(), claim.name(), outcome,
						claim.configurationCode(), claim.cityCode(), claim.consentMarketing(), attempt.at(),
						attempt.rawPayload()));
	}

	/**
	 * @return whether the participant is durably recorded (now or before); the recorder
	 * fails a participant it has not written within its {@code record-timeout}, so this
	 * wait has no timeout of its own
	 */
	private boolean await(CompletableFuture<Boolean> recorded) {
		try {
			recorded.get();
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (Exception ex) {
			log.warn("Presale participant not recorded in time: {}", ex.toString());
			return false;
		}
	}

	private static ProblemException soldOut(Campaign campaign, @Nullable String configurationCode) {
		if (configurationCode == null) {
			return new ProblemException(ProblemType.PRESALE_SOLD_OUT,
					"Every unit of presale " + campaign.code() + " is taken");
		}
		return new ProblemException(ProblemType.PRESALE_SOLD_OUT,
				"Every unit of configuration " + configurationCode + " in presale " + campaign.code() + " is taken",
				Map.of("configurationCode", configurationCode));
	}

	private Attempt check(Campaign campaign, ReservationRequest request, Instant now) {
		FieldErrors errors = new FieldErrors();
		PhoneNumber phone = null;
		if (request.phone() == null || request.phone().isBlank()) {
			errors.reject("phone", "is required");
		}
		else {
			PhoneNumber.Reading reading = errors.attempt("phone", () -> PhoneNumber.read(request.phone()));
			if (reading != null && !reading.mobile()) {
				errors.reject("phone", "must be a mobile number");
			}
			phone = reading == null ? null : reading.number();
		}
		String idKey = null;
		if (campaign.idNumberRequired()) {
			NationalIdNumber id = errors.attempt("idNumber", () -> NationalIdNumber.parse(request.idNumber()));
			idKey = id == null ? null : this.keys.of(id);
		}
		String name = request.name() == null || request.name().isBlank() ? null : request.name().strip();
		if (name != null && name.length() > 50) {
			errors.reject("name", "at most 50 characters");
		}
		String configuration = configuration(errors, campaign, request.configurationCode());
		String city = null;
		if (request.cityCode() != null && !request.cityCode().isBlank()) {
			CityCode code = errors.attempt("cityCode", () -> new CityCode(request.cityCode().strip()));
			city = code == null ? null : code.value();
		}
		DealerSummary dealer = null;
		if (request.dealerCode() != null && !request.dealerCode().isBlank()) {
			dealer = this.regions.dealer(request.dealerCode().strip().toUpperCase(Locale.ROOT)).orElse(null);
			if (dealer == null) {
				errors.reject("dealerCode", "'" + request.dealerCode() + "' is not an active dealer");
			}
		}
		if (campaign.regional() && city == null && dealer == null && !errors.hasErrors()) {
			errors.reject("cityCode",
					"is required (or dealerCode): presale " + campaign.code() + " is open to some regions only");
		}
		errors.throwIfAny();
		Claim claim = new Claim(this.keys.of(phone), idKey, phone.e164(), name, configuration, city,
				dealer == null ? null : dealer.id(), request.consentMarketing());
		return new Attempt(campaign, claim, dealer, now, rawPayload(request));
	}

	private static @Nullable String configuration(FieldErrors errors, Campaign campaign, @Nullable String requested) {
		if (requested == null || requested.isBlank()) {
			if (campaign.offers().size() == 1) {
				return campaign.offers().get(0).configurationCode();
			}
			errors.reject("configurationCode", "is required: one of "
					+ campaign.offers().stream().map(Campaign.Offer::configurationCode).toList());
			return null;
		}
		Optional<Campaign.Offer> offer = campaign.offer(requested.strip());
		if (offer.isEmpty()) {
			errors.reject("configurationCode", "'" + requested + "' is not on sale in presale " + campaign.code());
			return null;
		}
		return offer.get().configurationCode();
	}

	/** The request as received, without the ID number, for the lead's raw payload. */
	private @Nullable String rawPayload(ReservationRequest request) {
		try {
			return this.rawPayloads.writeValueAsString(new RawPayload(request.phone(), request.name(),
					request.configurationCode(), request.cityCode(), request.dealerCode(), request.consentMarketing()));
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * The fields kept of a request, in this order: a record with a writer prepared once
	 * rather than a map serialized field by field (each attempt writes one).
	 */
	private record RawPayload(@Nullable String phone, @Nullable String name, @Nullable String configurationCode,
			@Nullable String cityCode, @Nullable String dealerCode, boolean consentMarketing) {
	}

	/** One checked attempt on its way through the desk. */
	private record Attempt(Campaign campaign, Claim claim, @Nullable DealerSummary dealer, Instant at,
			@Nullable String rawPayload) {
	}

}
