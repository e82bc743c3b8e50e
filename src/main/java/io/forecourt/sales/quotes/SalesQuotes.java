package io.forecourt.sales.quotes;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.identity.CustomerDealers;
import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.jdbc.Where;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.tenancy.RegionDirectory;
import io.forecourt.kernel.tenancy.ScopePredicate;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.sales.PricedConfiguration;
import io.forecourt.sales.QuoteIssued;
import io.forecourt.sales.finance.FinanceSchedule;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quotes: a consultant prices a configuration for a customer. A discount above the
 * dealer's limit waits for the dealer manager, who approves (the quote is issued) or
 * rejects it with a note. A quote holds until its validity ends.
 */
@Service
public class SalesQuotes {

	static final String QUOTE = "quote";

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.ofPattern("yyMMdd");

	/** No 0/O, 1/I/L: a number read out over the phone stays unambiguous. */
	private static final String NUMBER_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private static final int NOTE_MAX = 2000;

	private final QuoteRequests requests;

	private final QuotePricing pricing;

	private final Quotes quotes;

	private final DiscountLimitAdministration limits;

	private final CustomerDealers customerDealers;

	private final RegionDirectory regions;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	SalesQuotes(QuoteRequests requests, QuotePricing pricing, Quotes quotes, DiscountLimitAdministration limits,
			CustomerDealers customerDealers, RegionDirectory regions, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.requests = requests;
		this.pricing = pricing;
		this.quotes = quotes;
		this.limits = limits;
		this.customerDealers = customerDealers;
		this.regions = regions;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Prices and records a quote: issued at once when the discount is within the dealer's
	 * limit (or the caller manages the dealer's sales), otherwise waiting for approval.
	 * @throws ProblemException validation naming every bad field, nothing written
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SALES_WRITE')")
	public Quote create(NewQuote request) {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, CHINA);
		QuoteRequests.Checked checked = this.requests.check(request);
		PricedConfiguration configuration = checked.configuration();
		QuoteFigures figures = this.pricing.price(checked, today);
		DiscountLimit limit = this.limits.limitOf(checked.dealerId());
		boolean withinLimit = figures.discount().signum() == 0 || limit.allows(figures.discount(), figures.msrp());
		boolean manager = CurrentAccess.can(Permission.SALES_MANAGE);
		QuoteStatus status = withinLimit || manager ? QuoteStatus.ISSUED : QuoteStatus.PENDING_APPROVAL;
		String actor = actorName();
		Quote quote = new Quote(UUID.randomUUID(), newNumber(today), checked.dealerId(), actorStaffId(), actor,
				checked.customerId(), request.leadId(), configuration.code(), configuration.modelCode(),
				configuration.trimCode(), configuration.nameZh(), configuration.nameEn(),
				configuration.powertrain().name(), figures.msrp(), figures.discount(), checked.discountReason(),
				figures.invoicePrice(), figures.purchaseTax(), figures.purchaseTaxNote(), checked.registrationCity(),
				figures.registrationFee(), checked.seats(), figures.insurance(), figures.tradeInAllowance(),
				checked.tradeInDescription(), figures.onTheRoadPrice(), figures.amountDue(), figures.finance(), status,
				withinLimit || !manager ? null : actor, withinLimit || !manager ? null : now,
				withinLimit || !manager ? null : "discount within the manager's authority",
				now.plus(Duration.ofDays(checked.validDays())), now, null, 0);
		this.quotes.insert(quote);
		if (quote.customerId() != null) {
			this.customerDealers.link(quote.customerId(), quote.dealerId(), "QUOTE", now);
		}
		this.audit.recordChange(AuditAction.CREATE, QUOTE, quote.id(),
				quote.number() + " " + quote.configurationCode() + " discount " + quote.discount().toPlainString()
						+ " amount due " + quote.amountDue().toPlainString() + ": " + status);
		if (status == QuoteStatus.ISSUED) {
			publishIssued(quote, now);
		}
		return quote;
	}

	/**
	 * The manager lets the discount stand: the quote is issued.
	 * @throws ProblemException not found outside the scope; conflict unless it waits for
	 * approval or once it has expired
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SALES_MANAGE')")
	public Quote approve(UUID id, @Nullable String note) {
		return decide(id, QuoteStatus.ISSUED, checkedNote(note, false));
	}

	/**
	 * The manager refuses the discount, saying why.
	 * @throws ProblemException validation without a note; as {@link #approve}
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SALES_MANAGE')")
	public Quote reject(UUID id, @Nullable String note) {
		return decide(id, QuoteStatus.REJECTED, checkedNote(note, true));
	}

	/**
	 * @throws ProblemException not found, also outside the scope
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	public Quote get(UUID id) {
		return this.quotes.findVisible(id, scope()).orElseThrow(() -> notFound(id));
	}

	/**
	 * Quotes of the caller's scope: newest first, or oldest first for the approval queue
	 * ({@code status} PENDING_APPROVAL).
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	public Page<Quote> find(@Nullable QuoteStatus status, @Nullable UUID dealerId, @Nullable UUID customerId,
			@Nullable UUID leadId, PageRequest page) {
		Where where = Where.scoped(scope())
			.and("q.status = :status", "status", status == null ? null : status.name())
			.and("q.dealer_id = :dealer", "dealer", dealerId)
			.and("q.customer_id = :customer", "customer", customerId)
			.and("q.lead_id = :lead", "lead", leadId);
		return Page.of(this.quotes.find(where, page, status == QuoteStatus.PENDING_APPROVAL), page,
				this.quotes.count(where));
	}

	/**
	 * The quote an order is to be placed from, locked until the caller's transaction ends
	 * (two orders from one quote queue here, and the second is refused); empty when the
	 * caller cannot see it.
	 * @throws ProblemException conflict, with the quote's {@code quoteStatus}, unless it
	 * is issued and valid: one waiting for discount approval, rejected, expired or
	 * ordered already is not ordered
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	@PreAuthorize("hasAuthority('PERM_SALES_WRITE')")
	public Optional<Quote> lockForOrder(UUID id) {
		Optional<Quote> found = this.quotes.lockVisible(id, scope());
		found.ifPresent(quote -> {
			String refusal = switch (quote.status()) {
				case PENDING_APPROVAL -> "is waiting for the manager to approve its discount";
				case REJECTED -> "had its discount rejected: make a new quote";
				case ORDERED -> "was ordered already (order " + quote.orderId() + ")";
				case ISSUED -> quote.expiredAt(this.clock.instant())
						? "expired at " + quote.validUntil() + ": make a new quote" : null;
			};
			if (refusal != null) {
				throw new ProblemException(ProblemType.CONFLICT,
						"Quote " + quote.number() + " " + refusal + "; no order is placed from it",
						Map.of("quoteStatus", quote.status().name(), "validUntil", quote.validUntil().toString()));
			}
		});
		return found;
	}

	/**
	 * Records the order placed from a quote {@link #lockForOrder} gave, in the caller's
	 * transaction: the quote is ORDERED and names the order.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void markOrdered(Quote quote, UUID orderId) {
		if (!this.quotes.markOrdered(quote.id(), orderId)) {
			throw ProblemException.conflict("Quote " + quote.number() + " was ordered at the same time");
		}
		this.audit.recordChange(AuditAction.UPDATE, QUOTE, quote.id(), "ordered: order " + orderId);
	}

	/** The configuration a quote priced, for showing its lines. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	public @Nullable PricedConfiguration configurationOf(Quote quote) {
		return this.requests.configuration(quote.configurationCode()).orElse(null);
	}

	/** The whole schedule of the quote's finance offer, or null for a cash quote. */
	public @Nullable FinanceSchedule scheduleOf(Quote quote) {
		return quote.finance() == null ? null : QuotePricing.schedule(quote.finance(), quote.invoicePrice());
	}

	/** Whether the quote is past its validity now. */
	public boolean expired(Quote quote) {
		return quote.expiredAt(this.clock.instant());
	}

	private Quote decide(UUID id, QuoteStatus decision, @Nullable String note) {
		Instant now = this.clock.instant();
		Quote quote = this.quotes.lockVisible(id, scope()).orElseThrow(() -> notFound(id));
		if (quote.status() != QuoteStatus.PENDING_APPROVAL) {
			throw ProblemException.conflict("Quote " + quote.number() + " is " + quote.status()
					+ (quote.decidedBy() == null ? "" : " (decided by " + quote.decidedBy() + ")")
					+ ": only a quote waiting for approval can be decided");
		}
		if (decision == QuoteStatus.ISSUED && quote.expiredAt(now)) {
			throw ProblemException.conflict("Quote " + quote.number() + " expired at " + quote.validUntil()
					+ ": the consultant makes a new one");
		}
		if (!this.quotes.decide(id, decision, actorName(), now, note)) {
			throw ProblemException.conflict("Quote " + quote.number() + " was decided at the same time");
		}
		this.audit.recordChange(AuditAction.UPDATE, QUOTE, id, "discount "
				+ (decision == QuoteStatus.ISSUED ? "approved" : "rejected") + (note == null ? "" : ": " + note));
		Quote decided = this.quotes.findVisible(id, scope()).orElseThrow();
		if (decision == QuoteStatus.ISSUED) {
			publishIssued(decided, now);
		}
		return decided;
	}

	private void publishIssued(Quote quote, Instant at) {
		this.events.publishEvent(
				new QuoteIssued(quote.id(), quote.number(), quote.dealerId(), quote.customerId(), quote.leadId(),
						quote.configurationCode(), quote.modelCode(), quote.amountDue(), quote.validUntil(), at));
	}

	private String newNumber(LocalDate today) {
		for (int attempt = 0; attempt < 10; attempt++) {
			StringBuilder number = new StringBuilder("Q").append(NUMBER_DATE.format(today)).append('-');
			for (int i = 0; i < 4; i++) {
				number.append(NUMBER_ALPHABET.charAt(this.random.nextInt(NUMBER_ALPHABET.length())));
			}
			if (!this.quotes.numberTaken(number.toString())) {
				return number.toString();
			}
		}
		// 31^4 numbers a day: ten collisions in a row means something else is wrong.
		throw new IllegalStateException("No free quote number for " + today);
	}

	private static @Nullable String checkedNote(@Nullable String note, boolean required) {
		String text = note == null || note.isBlank() ? null : note.strip();
		if (required && text == null) {
			throw ProblemException.validation("note", "is required: tell the consultant why");
		}
		if (text != null && text.length() > NOTE_MAX) {
			throw ProblemException.validation("note", "must be at most " + NOTE_MAX + " characters");
		}
		return text;
	}

	private static String actorName() {
		return CurrentAccess.principal().map(ForecourtPrincipal::name).orElse(ForecourtPrincipal.SYSTEM.name());
	}

	private static @Nullable UUID actorStaffId() {
		return CurrentAccess.principal().map(ForecourtPrincipal::staffId).orElse(null);
	}

	private ScopePredicate scope() {
		return ScopePredicate.ofDealer(CurrentAccess.scope(), "q.dealer_id", this.regions);
	}

	private ProblemException notFound(UUID id) {
		return this.audit.notFound(QUOTE, id, this.quotes.exists(id));
	}

}
