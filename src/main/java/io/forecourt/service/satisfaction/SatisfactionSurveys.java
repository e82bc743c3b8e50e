package io.forecourt.service.satisfaction;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.service.RepairOrderDelivered;
import io.forecourt.service.SatisfactionAnswered;
import io.forecourt.service.SatisfactionSurveySent;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The surveys' life: created once per delivered repair order, handed to the owner's
 * consented channel after the send delay, answered once through the link before it
 * expires. An answer feeds the dealer's rating and a low one opens a complaint, all in
 * the answer's transaction.
 */
@Service
public class SatisfactionSurveys {

	static final String SURVEY = "service-survey";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int COMMENT_MAX = 1000;

	private final SurveyRecords records;

	private final SurveyChannels channels;

	private final RatingFeed rating;

	private final ComplaintDesk complaints;

	private final SatisfactionPolicy policy;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SatisfactionSurveys(SurveyRecords records, SurveyChannels channels, RatingFeed rating, ComplaintDesk complaints,
			SatisfactionPolicy policy, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.channels = channels;
		this.rating = rating;
		this.complaints = complaints;
		this.policy = policy;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates the repair order's survey unless it has one (a redelivered event changes
	 * nothing); with no send delay it goes out at once.
	 * @return the repair order's survey
	 */
	@Transactional
	public Survey create(RepairOrderDelivered delivered) {
		Instant sendAt = delivered.deliveredAt().plus(this.policy.sendDelay());
		Survey survey = new Survey(UUID.randomUUID(), newToken(), delivered.repairOrderId(), delivered.dealerId(),
				delivered.customerId(), delivered.vin(), delivered.plate(), SurveyStatus.PENDING, null, null,
				delivered.deliveredAt(), sendAt, null, delivered.deliveredAt().plus(this.policy.validFor()), null, null,
				null);
		if (!this.records.insertIfAbsent(survey)) {
			return this.records.byRepairOrder(delivered.repairOrderId()).orElseThrow();
		}
		this.audit.recordChange(AuditAction.CREATE, SURVEY, survey.id(),
				"survey for repair order " + delivered.repairOrderId() + ", to send at " + sendAt);
		Instant now = this.clock.instant();
		if (!sendAt.isAfter(now)) {
			send(survey.id(), now);
		}
		return this.records.lock(survey.id()).orElseThrow();
	}

	/**
	 * Hands a pending survey to the owner's consented channel, or records that there is
	 * none; joins the caller's transaction.
	 * @return whether this call moved it on (false when another run did)
	 */
	@Transactional
	public boolean send(UUID surveyId, Instant now) {
		Optional<Survey> locked = this.records.lock(surveyId).filter(s -> s.status() == SurveyStatus.PENDING);
		if (locked.isEmpty()) {
			return false;
		}
		Survey survey = locked.get();
		SurveyChannels.Choice choice = this.channels.choose(survey.customerId());
		if (choice.channel() == null) {
			this.records.markSent(surveyId, SurveyStatus.NOT_SENT, null, choice.reason(), now);
			this.audit.recordChange(AuditAction.UPDATE, SURVEY, surveyId, "not sent: " + choice.reason());
			return true;
		}
		this.records.markSent(surveyId, SurveyStatus.SENT, choice.channel(), choice.reason(), now);
		this.audit.recordChange(AuditAction.UPDATE, SURVEY, surveyId, "sent by " + choice.channel());
		this.events.publishEvent(new SatisfactionSurveySent(surveyId, survey.repairOrderId(), survey.dealerId(),
				survey.customerId(), choice.channel(), survey.link(), survey.expiresAt(), now));
		return true;
	}

	/** The survey behind a link, for its page; not found for an unknown token. */
	@Transactional(readOnly = true)
	public Survey byToken(String token) {
		return this.records.byToken(token).orElseThrow(() -> ProblemException.notFound("Survey", "link"));
	}

	/**
	 * Records the owner's answer (once, before the survey expires).
	 * @throws ProblemException validation (score 0-10 required, comment up to 1,000
	 * characters); not found; conflict when answered already or expired
	 */
	@Transactional
	public Survey answer(String token, @Nullable Integer score, @Nullable String comment) {
		FieldErrors errors = new FieldErrors();
		if (score == null) {
			errors.reject("score", "is required");
		}
		else if (score < 0 || score > 10) {
			errors.reject("score", "must be 0 to 10");
		}
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (text != null && text.length() > COMMENT_MAX) {
			errors.reject("comment", "must be at most " + COMMENT_MAX + " characters");
		}
		errors.throwIfAny();
		Survey survey = this.records.lockByToken(token).orElseThrow(() -> ProblemException.notFound("Survey", "link"));
		Instant now = this.clock.instant();
		if (survey.status() == SurveyStatus.ANSWERED) {
			throw ProblemException.conflict("This survey has been answered already");
		}
		if (survey.expiredAt(now)) {
			throw ProblemException.conflict("This survey expired at " + survey.expiresAt());
		}
		int answer = score == null ? 0 : score;
		this.records.markAnswered(survey.id(), answer, text, now);
		this.audit.recordChange(AuditAction.UPDATE, SURVEY, survey.id(), "answered " + answer);
		this.events.publishEvent(new SatisfactionAnswered(survey.id(), survey.repairOrderId(), survey.dealerId(),
				survey.customerId(), answer, text, now));
		this.rating.refresh(survey.dealerId());
		if (answer <= this.policy.complaintThreshold()) {
			this.complaints.open(survey, answer, text, now);
		}
		return this.records.lock(survey.id()).orElseThrow();
	}

	static String newToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
