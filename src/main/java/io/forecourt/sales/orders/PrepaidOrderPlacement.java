package io.forecourt.sales.orders;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.forecourt.identity.CustomerDealers;
import io.forecourt.identity.CustomerIdentification;
import io.forecourt.identity.Identifier;
import io.forecourt.identity.ResolutionRequest;
import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.sales.PaymentStatus;
import io.forecourt.sales.PaymentView;
import io.forecourt.sales.Payments;
import io.forecourt.sales.PrepaidOrders;
import io.forecourt.sales.PricedConfiguration;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places orders whose deposit was paid elsewhere first (a presale reservation): the order
 * starts at DEPOSIT_PAID with that payment as its deposit. Called by other modules'
 * listeners, so it needs no signed-in user and applies no data scope; the steps and the
 * audit record name the source ({@code system:PRESALE}).
 * <p>
 * Idempotent on the source and its reference, which the order keeps under a unique
 * constraint: a repeat returns the order placed first, and of two calls racing one places
 * the order and the other returns it.
 */
@Service
class PrepaidOrderPlacement implements PrepaidOrders {

	private static final Pattern SOURCE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	private static final int FIRST_NAME_MAX = 40;

	private final OrderInputs inputs;

	private final CustomerIdentification identification;

	private final CustomerDealers customerDealers;

	private final Payments payments;

	private final SalesOrders orders;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PrepaidOrderPlacement(OrderInputs inputs, CustomerIdentification identification, CustomerDealers customerDealers,
			Payments payments, SalesOrders orders, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.inputs = inputs;
		this.identification = identification;
		this.customerDealers = customerDealers;
		this.payments = payments;
		this.orders = orders;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public PlacedOrder place(PrepaidOrder request) {
		String source = source(request.source());
		UUID reference = required("sourceReference", request.sourceReference());
		// Calls for one record carry one payment: holding it makes a racing call wait
		// here
		// until the first has committed its order, and then find it.
		Optional<PaymentView> payment = this.payments.lock(required("paymentId", request.paymentId()));
		Optional<SalesOrder> placed = this.orders.findBySource(source, reference);
		if (placed.isPresent()) {
			return repeated(placed.get(), request);
		}
		Checked checked = check(request, payment);
		return CurrentAccess.as(actor(source), () -> place(source, reference, checked));
	}

	private PlacedOrder place(String source, UUID reference, Checked checked) {
		Instant now = this.clock.instant();
		UUID customerId = this.identification
			.resolve(new ResolutionRequest(List.of(Identifier.phone(checked.phone())), null, null, null,
					"order:" + source.toLowerCase(java.util.Locale.ROOT)))
			.customerId();
		SalesOrder order = SalesOrder.placePrepaid(UUID.randomUUID(), checked.configuration(), checked.payment().id(),
				checked.deposit(), customerId, checked.firstName(), checked.dealerId(),
				OrderPlacement.newProgressToken(), now, OrderAccess.actor(),
				SalesOrder.Origin.source(source, reference));
		if (!this.orders.insertUnlessTaken(order, now)) {
			// the unique keys are the last word should a call get past the payment's lock
			// (another payment for the same record, or the same payment for another)
			SalesOrder first = this.orders.findBySource(source, reference)
				.orElseThrow(() -> paymentTaken(checked.payment().id()));
			return repeated(first, checked.request());
		}
		this.customerDealers.link(customerId, checked.dealerId(), "ORDER", now);
		this.audit.recordChange(AuditAction.CREATE, SalesOrders.RESOURCE, order.id(),
				"placed prepaid for " + source + " " + reference + ": " + checked.configuration().code() + " "
						+ order.car().total() + " for customer " + customerId + ", deposit " + checked.deposit()
						+ " paid by payment " + checked.payment().id());
		order.events().forEach(this.events::publishEvent);
		return placed(order);
	}

	/** The order placed first, if the repeat names the same payment. */
	private static PlacedOrder repeated(SalesOrder order, PrepaidOrder request) {
		if (!request.paymentId().equals(order.depositPaymentId())) {
			throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
					request.source() + " " + request.sourceReference() + " already placed order " + order.id()
							+ " with payment " + order.depositPaymentId() + ", not " + request.paymentId());
		}
		return placed(order);
	}

	private static PlacedOrder placed(SalesOrder order) {
		return new PlacedOrder(order.id(), order.customerId(), OrderView.progressPath(order.progressToken()));
	}

	/** Everything the order needs, checked; names every bad field at once. */
	private Checked check(PrepaidOrder request, Optional<PaymentView> payment) {
		FieldErrors errors = new FieldErrors();
		PricedConfiguration configuration = this.inputs.configuration(request.configurationCode(), "is required",
				errors);
		UUID dealerId = dealer(request.dealerId(), errors);
		String phone = phone(request.phone(), errors);
		String firstName = firstName(request.buyerFirstName(), errors);
		PaymentView deposited = payment(payment, errors);
		BigDecimal deposit = deposit(request.depositAmount(), deposited, configuration, errors);
		errors.throwIfAny();
		return new Checked(request, Objects.requireNonNull(configuration), Objects.requireNonNull(dealerId),
				Objects.requireNonNull(phone), firstName, Objects.requireNonNull(deposited),
				Objects.requireNonNull(deposit));
	}

	/**
	 * Any active dealer: the order comes from another module, not a signed-in user's
	 * scope.
	 */
	private @Nullable UUID dealer(@Nullable UUID dealerId, FieldErrors errors) {
		if (dealerId == null) {
			errors.reject("dealerId", "is required");
			return null;
		}
		return this.inputs.activeDealer(dealerId, dealer -> true, "no such dealer", errors);
	}

	/** The phone as given, if One ID can resolve it (a valid number of some plan). */
	private @Nullable String phone(@Nullable String phone, FieldErrors errors) {
		if (phone == null || phone.isBlank()) {
			errors.reject("phone", "is required");
			return null;
		}
		List<ProblemException.FieldProblem> problems = this.identification.problems(List.of(Identifier.phone(phone)));
		problems.forEach(problem -> errors.reject("phone", problem.message()));
		return problems.isEmpty() ? phone.strip() : null;
	}

	private static @Nullable String firstName(@Nullable String name, FieldErrors errors) {
		if (name == null || name.isBlank()) {
			return null;
		}
		String stripped = name.strip();
		if (stripped.length() > FIRST_NAME_MAX) {
			errors.reject("buyerFirstName", "must be at most " + FIRST_NAME_MAX + " characters");
		}
		return stripped;
	}

	private @Nullable PaymentView payment(Optional<PaymentView> payment, FieldErrors errors) {
		if (payment.isEmpty()) {
			errors.reject("paymentId", "no such payment");
			return null;
		}
		if (payment.get().status() != PaymentStatus.SUCCEEDED) {
			errors.reject("paymentId", "is " + payment.get().status() + ": only a succeeded payment is a deposit");
			return null;
		}
		Optional<UUID> depositOf = this.orders.findByDepositPayment(payment.get().id());
		if (depositOf.isPresent()) {
			errors.reject("paymentId", "is already the deposit of order " + depositOf.get());
			return null;
		}
		return payment.get();
	}

	private static @Nullable BigDecimal deposit(@Nullable BigDecimal amount, @Nullable PaymentView payment,
			@Nullable PricedConfiguration configuration, FieldErrors errors) {
		if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
			errors.reject("depositAmount", "must be positive yuan with at most two decimals");
			return null;
		}
		BigDecimal deposit = amount.setScale(2);
		if (payment != null && deposit.compareTo(payment.amount().subtract(payment.refunded())) > 0) {
			errors.reject("depositAmount", "must be at most what payment " + payment.id() + " paid and kept: "
					+ payment.amount().subtract(payment.refunded()));
			return null;
		}
		if (configuration != null && deposit.compareTo(configuration.msrpTotal()) > 0) {
			errors.reject("depositAmount", "must be at most the total " + configuration.msrpTotal());
			return null;
		}
		return deposit;
	}

	private static String source(@Nullable String source) {
		if (source == null || !SOURCE.matcher(source).matches()) {
			throw ProblemException.validation("source", "must be 2 to 40 of A-Z, 0-9, '_', e.g. PRESALE");
		}
		return source;
	}

	private static <T> T required(String field, @Nullable T value) {
		if (value == null) {
			throw ProblemException.validation(field, "is required");
		}
		return value;
	}

	/** The system acting for the source, as the steps and the audit log name it. */
	private static ForecourtPrincipal actor(String source) {
		String name = "system:" + source;
		return new ForecourtPrincipal(name, name, ForecourtPrincipal.Kind.SYSTEM, Set.of(), AccessScope.all(), null);
	}

	private static ProblemException paymentTaken(UUID paymentId) {
		return new ProblemException(ProblemType.CONFLICT,
				"Payment " + paymentId + " became the deposit of another order at the same time",
				Map.of("paymentId", paymentId));
	}

	private record Checked(PrepaidOrder request, PricedConfiguration configuration, UUID dealerId, String phone,
			@Nullable String firstName, PaymentView payment, BigDecimal deposit) {
	}

}
