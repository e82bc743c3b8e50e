package io.forecourt.leads.capture;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.forecourt.identity.CustomerIdentification;
import io.forecourt.identity.Identifier;
import io.forecourt.identity.ResolutionRequest;
import io.forecourt.kernel.contact.EmailAddress;
import io.forecourt.kernel.contact.PhoneNumber;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.leads.LeadCaptured;
import io.forecourt.leads.LeadGraded;
import io.forecourt.leads.LeadStatus;
import io.forecourt.leads.grading.GradeResult;
import io.forecourt.leads.grading.LeadFacts;
import io.forecourt.leads.grading.LeadGrading;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Captures one lead: phone validity, junk rules, One ID, duplicates, the first grade.
 * Whatever arrives is kept: invalid and junk leads are flagged, duplicates become a
 * source of the open lead they repeat.
 *
 * <p>
 * One ID runs before this module's transaction, not inside it: identity retries a
 * resolution that lost a race in a fresh transaction of its own, which a surrounding
 * transaction would defeat (on PostgreSQL a failed statement dooms the whole
 * transaction). Resolution is idempotent, so a capture that fails afterwards leaves at
 * most a customer a retry finds again.
 */
@Service
public class LeadCapture {

	private static final Duration ACTIVITY_WINDOW = Duration.ofDays(30);

	private static final int EXPLANATION_MAX = 2000;

	private final Leads leads;

	private final JunkRules junk;

	private final CustomerIdentification identification;

	private final LeadGrading grading;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final String defaultBrand;

	private final Duration dedupWindow;

	LeadCapture(Leads leads, JunkRules junk, CustomerIdentification identification, LeadGrading grading,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
			@Value("${forecourt.leads.default-brand:Huaxia}") String defaultBrand,
			@Value("${forecourt.leads.dedup-window:P30D}") Duration dedupWindow) {
		this.leads = leads;
		this.junk = junk;
		this.identification = identification;
		this.grading = grading;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.defaultBrand = defaultBrand;
		this.dedupWindow = dedupWindow;
	}

	/**
	 * @throws io.forecourt.kernel.web.ProblemException a validation problem naming each
	 * invalid field (other than the phone, which flags the lead instead); nothing is
	 * written then
	 */
	@PreAuthorize("hasAuthority('PERM_LEAD_WRITE')")
	public CaptureResult capture(CaptureRequest request) {
		return capture(request, result -> {
		});
	}

	/**
	 * Captures a lead together with work that must commit with it or not at all, such as
	 * a webhook's replay guard: {@code alongside} runs inside the capture's transaction
	 * once the outcome is known, and an exception from it rolls the whole capture back
	 * and is thrown to the caller.
	 * @throws io.forecourt.kernel.web.ProblemException as
	 * {@link #capture(CaptureRequest)}
	 */
	@PreAuthorize("hasAuthority('PERM_LEAD_WRITE')")
	public CaptureResult capture(CaptureRequest request, Consumer<CaptureResult> alongside) {
		FieldErrors errors = new FieldErrors();
		if (request.email() != null && !request.email().isBlank()) {
			errors.attempt("email", () -> EmailAddress.parse(request.email()));
		}
		errors.throwIfAny();
		Instant now = this.clock.instant();
		String brand = request.brand() == null || request.brand().isBlank() ? this.defaultBrand
				: request.brand().strip();
		PhoneNumber phone = parse(request.phone());
		if (phone == null) {
			return keepFlagged(request, brand, null, LeadStatus.INVALID, "phone number is not valid", now, alongside);
		}
		Optional<String> junkReason = this.junk.reasonFor(phone, now);
		if (junkReason.isPresent()) {
			return keepFlagged(request, brand, phone.e164(), LeadStatus.JUNK, junkReason.get(), now, alongside);
		}
		UUID customerId = this.identification.resolve(resolution(request, phone)).customerId();
		return this.transaction.execute(status -> {
			CaptureResult result = keepValid(request, brand, phone.e164(), customerId, now);
			alongside.accept(result);
			return result;
		});
	}

	private CaptureResult keepFlagged(CaptureRequest request, String brand, @Nullable String phoneE164,
			LeadStatus status, String reason, Instant now, Consumer<CaptureResult> alongside) {
		return this.transaction.execute(tx -> {
			UUID id = UUID.randomUUID();
			this.leads.insert(new Leads.NewLead(id, request, brand, null, phoneE164, status, reason, null, null, now));
			this.leads.addSource(id, request, phoneE164, now);
			this.events.publishEvent(new LeadCaptured(id, null, request.channel(), brand, status, now));
			CaptureResult result = new CaptureResult(id, status, reason, false, null, null);
			alongside.accept(result);
			return result;
		});
	}

	private CaptureResult keepValid(CaptureRequest request, String brand, String phoneE164, UUID customerId,
			Instant now) {
		this.leads.lockDedup(customerId, brand);
		Optional<Leads.OpenLead> open = this.leads.openLead(customerId, brand, now.minus(this.dedupWindow));
		if (open.isPresent()) {
			Leads.OpenLead lead = open.get();
			this.leads.addSource(lead.id(), request, phoneE164, now);
			return new CaptureResult(lead.id(), lead.status(), null, true, lead.grade(), lead.score());
		}
		int activity = this.leads.recentActivity(customerId, now.minus(ACTIVITY_WINDOW));
		GradeResult grade = this.grading.grade(new LeadFacts(request.timeframe(), request.testDriveRequested(),
				request.budget(), request.modelOfInterest(), request.channel(), activity));
		String explanation = explain(grade);
		UUID id = UUID.randomUUID();
		this.leads.insert(new Leads.NewLead(id, request, brand, customerId, phoneE164, LeadStatus.NEW, null, grade,
				explanation, now));
		this.leads.addSource(id, request, phoneE164, now);
		this.leads.recordGrade(id, grade, explanation, actor(), "scored at capture", now);
		this.events.publishEvent(new LeadCaptured(id, customerId, request.channel(), brand, LeadStatus.NEW, now));
		this.events.publishEvent(new LeadGraded(id, customerId, grade.grade(), grade.score(), now));
		return new CaptureResult(id, LeadStatus.NEW, null, false, grade.grade(), grade.score());
	}

	private static ResolutionRequest resolution(CaptureRequest request, PhoneNumber phone) {
		List<Identifier> identifiers = new ArrayList<>();
		identifiers.add(Identifier.phone(phone.e164()));
		if (request.email() != null && !request.email().isBlank()) {
			identifiers.add(Identifier.email(request.email()));
		}
		if (request.wechatUnionId() != null && !request.wechatUnionId().isBlank()) {
			identifiers.add(Identifier.wechatUnionId(request.wechatUnionId()));
		}
		return new ResolutionRequest(identifiers, request.name(), request.cityCode(), request.modelOfInterest(),
				"lead:" + request.channel());
	}

	private static @Nullable PhoneNumber parse(String raw) {
		try {
			return PhoneNumber.parse(raw);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** E.g. {@code purchase-time +50; test-drive +20}. */
	static String explain(GradeResult grade) {
		String text = grade.contributions()
			.stream()
			.map(c -> c.rule() + " " + (c.points() >= 0 ? "+" : "") + c.points())
			.collect(Collectors.joining("; "));
		return text.length() <= EXPLANATION_MAX ? text : text.substring(0, EXPLANATION_MAX - 1) + "…";
	}

	private static String actor() {
		return CurrentAccess.principal().map(ForecourtPrincipal::name).orElse(ForecourtPrincipal.SYSTEM.name());
	}

}
