package io.forecourt.sales.orders;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.identity.CustomerDealers;
import io.forecourt.identity.CustomerIdentification;
import io.forecourt.identity.Identifier;
import io.forecourt.identity.ResolutionRequest;
import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.network.DealerNetwork;
import io.forecourt.sales.Configurations;
import io.forecourt.sales.PricedConfiguration;
import io.forecourt.sales.quotes.Quote;
import io.forecourt.sales.quotes.SalesQuotes;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places orders: the priced configuration by its code (the order keeps its lines and
 * total) or an issued quote (its configuration with its discount: the total is the
 * quote's invoice price, and the quote becomes ORDERED in the same transaction), the
 * customer by id or by phone through One ID, the dealer (the caller's own, or one within
 * the caller's scope) and the consultant (the caller, or one of the dealer's staff). The
 * customer is linked to the dealer, so its staff see them.
 */
@Service
public class OrderPlacement {

	private static final int FIRST_NAME_MAX = 40;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Configurations configurations;

	private final SalesQuotes quotes;

	private final CustomerIdentification identification;

	private final CustomerDealers customerDealers;

	private final DealerNetwork network;

	private final OrderInputs inputs;

	private final SalesOrders orders;

	private final OrderReads reads;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final BigDecimal defaultDeposit;

	OrderPlacement(Configurations configurations, SalesQuotes quotes, CustomerIdentification identification,
			CustomerDealers customerDealers, DealerNetwork network, OrderInputs inputs, SalesOrders orders,
			OrderReads reads, AuditLog audit, ApplicationEventPublisher events, Clock clock,
			@Value("${forecourt.sales.orders.deposit:5000.00}") BigDecimal defaultDeposit) {
		this.configurations = configurations;
		this.quotes = quotes;
		this.identification = identification;
		this.customerDealers = customerDealers;
		this.network = network;
		this.inputs = inputs;
		this.orders = orders;
		this.reads = reads;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.defaultDeposit = defaultDeposit;
	}

	/**
	 * @throws ProblemException validation naming every invalid field (unknown
	 * configuration, customer, dealer or consultant); nothing is written then
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SALES_WRITE')")
	public OrderView place(NewOrder request) {
		FieldErrors errors = new FieldErrors();
		Quote quote = quote(request, errors);
		SalesOrder.Snapshot car = quote != null ? quoted(quote, errors)
				: request.quoteId() != null ? null : configured(request.configurationCode(), errors);
		UUID dealerId = dealer(request.dealerId() == null && quote != null ? quote.dealerId() : request.dealerId(),
				errors);
		if (quote != null && dealerId != null && !dealerId.equals(quote.dealerId())) {
			errors.reject("quoteId", "is a quote of another dealer: place the order at the quote's dealer");
		}
		UUID consultantId = dealerId == null ? null : consultant(request.consultantId(), dealerId, errors);
		String firstName = firstName(request.buyerFirstName(), errors);
		BigDecimal deposit = request.depositAmount() == null ? this.defaultDeposit : request.depositAmount();
		if (deposit.scale() > 2) {
			errors.reject("depositAmount", "has at most two decimals");
		}
		else if (car != null && (deposit.signum() <= 0 || deposit.compareTo(car.total()) > 0)) {
			errors.reject("depositAmount", "must be more than 0 and at most the total " + car.total());
		}
		boolean phoneGiven = request.phone() != null && !request.phone().isBlank();
		// the quote's customer and lead carry over unless the request names others
		UUID givenCustomer = request.customerId() != null || phoneGiven || quote == null ? request.customerId()
				: quote.customerId();
		UUID leadId = request.leadId() != null || quote == null ? request.leadId() : quote.leadId();
		if (givenCustomer == null && !phoneGiven) {
			errors.reject("customerId", "give the customer's id or their phone");
		}
		errors.throwIfAny();
		UUID customerId = givenCustomer != null ? givenCustomer : customer(String.valueOf(request.phone()));
		Instant now = this.clock.instant();
		try {
			this.customerDealers.link(customerId, dealerId, "ORDER", now);
		}
		catch (DataIntegrityViolationException ex) {
			throw ProblemException.validation("customerId", "no such customer");
		}
		SalesOrder order = SalesOrder.place(UUID.randomUUID(), car, deposit.setScale(2), customerId, firstName, leadId,
				dealerId, consultantId, newProgressToken(), now, OrderAccess.actor(),
				quote == null ? SalesOrder.Origin.STAFF : SalesOrder.Origin.quote(quote.id()));
		this.orders.insert(order, now);
		if (quote != null) {
			this.quotes.markOrdered(quote, order.id());
		}
		this.audit.recordChange(AuditAction.CREATE, SalesOrders.RESOURCE, order.id(),
				"placed: " + car.configurationCode() + " " + car.total() + " for customer " + customerId
						+ (quote == null ? "" : " from quote " + quote.number())
						+ (leadId == null ? "" : " (lead " + leadId + ")"));
		order.events().forEach(this.events::publishEvent);
		return this.reads.view(order.id());
	}

	/**
	 * The quote to order from, locked; null without one.
	 * @throws ProblemException conflict when the quote's state refuses an order
	 */
	private @Nullable Quote quote(NewOrder request, FieldErrors errors) {
		if (request.quoteId() == null) {
			return null;
		}
		if (request.configurationCode() != null && !request.configurationCode().isBlank()) {
			errors.reject("quoteId", "give a configuration code or a quote, not both");
			return null;
		}
		Optional<Quote> quote = this.quotes.lockForOrder(request.quoteId());
		if (quote.isEmpty()) {
			errors.reject("quoteId", "no such quote in your scope");
		}
		return quote.orElse(null);
	}

	private SalesOrder.@Nullable Snapshot quoted(Quote quote, FieldErrors errors) {
		Optional<PricedConfiguration> configuration = this.configurations.find(quote.configurationCode());
		if (configuration.isEmpty()) {
			errors.reject("quoteId", "its configuration " + quote.configurationCode() + " is gone");
			return null;
		}
		return SalesOrder.Snapshot.quoted(configuration.get(), quote.number(), quote.discount(), quote.invoicePrice());
	}

	private SalesOrder.@Nullable Snapshot configured(@Nullable String code, FieldErrors errors) {
		PricedConfiguration configuration = this.inputs.configuration(code,
				"is required (or order from a quote: quoteId)", errors);
		return configuration == null ? null : SalesOrder.Snapshot.of(configuration);
	}

	private @Nullable UUID dealer(@Nullable UUID requested, FieldErrors errors) {
		AccessScope scope = CurrentAccess.scope();
		UUID dealerId = requested != null ? requested
				: scope.level() == AccessScope.Level.DEALER ? scope.dealerId() : null;
		if (dealerId == null) {
			errors.reject("dealerId", "is required: name the selling dealer");
			return null;
		}
		return this.inputs.activeDealer(dealerId, dealer -> scope.covers(dealerId, dealer.regionId()),
				"no such dealer in your scope", errors);
	}

	private @Nullable UUID consultant(@Nullable UUID requested, UUID dealerId, FieldErrors errors) {
		UUID staffId = requested != null ? requested
				: CurrentAccess.principal().map(ForecourtPrincipal::staffId).orElse(null);
		if (staffId == null) {
			return null;
		}
		boolean sells = this.network.activeStaff(dealerId, Role.SALES_CONSULTANT)
			.stream()
			.anyMatch(s -> s.id().equals(staffId))
				|| this.network.activeStaff(dealerId, Role.DEALER_MANAGER)
					.stream()
					.anyMatch(s -> s.id().equals(staffId));
		if (!sells) {
			if (requested == null) {
				// the caller is staff of another dealer (HQ placing for a dealer): nobody
				// sold it in person
				return null;
			}
			errors.reject("consultantId", "is not an active consultant or manager of the dealer");
			return null;
		}
		return staffId;
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

	private UUID customer(String phone) {
		return this.identification
			.resolve(new ResolutionRequest(java.util.List.of(Identifier.phone(phone)), null, null, null, "order"))
			.customerId();
	}

	/** 192 random bits, URL-safe: the buyer's link cannot be guessed. */
	static String newProgressToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
