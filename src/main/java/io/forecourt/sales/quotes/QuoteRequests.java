package io.forecourt.sales.quotes;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.identity.CustomerDealers;
import io.forecourt.kernel.geo.CityCode;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.network.DealerNetwork;
import io.forecourt.network.DealerSummary;
import io.forecourt.sales.Configurations;
import io.forecourt.sales.PricedConfiguration;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Checks a quote request field by field and says everything that is wrong at once; what
 * passes is a {@link Checked} request with its defaults filled in.
 */
@Component
class QuoteRequests {

	static final int MIN_SEATS = 2;

	static final int MAX_SEATS = 9;

	static final int MAX_VALID_DAYS = 30;

	static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");

	private static final int TEXT_MAX = 500;

	private final Configurations configurations;

	private final DealerNetwork network;

	private final CustomerDealers customers;

	private final QuoteSettings settings;

	QuoteRequests(Configurations configurations, DealerNetwork network, CustomerDealers customers,
			QuoteSettings settings) {
		this.configurations = configurations;
		this.network = network;
		this.customers = customers;
		this.settings = settings;
	}

	/** A request that passed, with defaults applied. */
	record Checked(PricedConfiguration configuration, UUID dealerId, @Nullable UUID customerId, BigDecimal discount,
			@Nullable String discountReason, String registrationCity, int seats, BigDecimal tradeInAllowance,
			@Nullable String tradeInDescription, NewQuote.@Nullable FinanceTerms finance, int validDays) {
	}

	Optional<PricedConfiguration> configuration(String code) {
		return this.configurations.find(code);
	}

	Checked check(NewQuote request) {
		FieldErrors errors = new FieldErrors();
		PricedConfiguration configuration = null;
		if (request.configurationCode() == null || request.configurationCode().isBlank()) {
			errors.reject("configurationCode", "is required: configure the car first");
		}
		else {
			configuration = this.configurations.find(request.configurationCode().strip()).orElse(null);
			if (configuration == null) {
				errors.reject("configurationCode", "no configuration has the code " + request.configurationCode());
			}
		}
		DealerSummary dealer = dealer(request.dealerId(), errors);
		UUID customerId = null;
		if (request.customerId() != null) {
			customerId = this.customers.current(request.customerId()).orElse(null);
			if (customerId == null) {
				errors.reject("customerId", "no customer has the id " + request.customerId());
			}
		}
		BigDecimal discount = amount(errors, "discount", request.discount());
		String discountReason = text(errors, "discountReason", request.discountReason());
		if (discount.signum() > 0 && discountReason == null) {
			errors.reject("discountReason", "is required with a discount: the manager reads it");
		}
		if (configuration != null && discount.compareTo(configuration.msrpTotal()) >= 0) {
			errors.reject("discount", "must be less than the price " + configuration.msrpTotal().toPlainString());
		}
		BigDecimal tradeIn = amount(errors, "tradeInAllowance", request.tradeInAllowance());
		String tradeInDescription = text(errors, "tradeInDescription", request.tradeInDescription());
		if (tradeIn.signum() > 0 && tradeInDescription == null) {
			errors.reject("tradeInDescription", "is required with a trade-in allowance: which car is traded in");
		}
		String city = registrationCity(errors, request.registrationCityCode(), dealer);
		int seats = request.seats() == null ? 5 : request.seats();
		if (seats < MIN_SEATS || seats > MAX_SEATS) {
			errors.reject("seats", "must be " + MIN_SEATS + "-" + MAX_SEATS);
		}
		int validDays = request.validDays() == null ? this.settings.defaultValidDays() : request.validDays();
		if (validDays < 1 || validDays > MAX_VALID_DAYS) {
			errors.reject("validDays", "must be 1-" + MAX_VALID_DAYS);
		}
		errors.throwIfAny();
		return new Checked(Objects.requireNonNull(configuration), Objects.requireNonNull(dealer).id(), customerId,
				discount, discountReason, city, seats, tradeIn, tradeInDescription, request.finance(), validDays);
	}

	private @Nullable DealerSummary dealer(@Nullable UUID requested, FieldErrors errors) {
		AccessScope scope = CurrentAccess.scope();
		UUID id = requested;
		if (scope.level() == AccessScope.Level.DEALER) {
			if (requested != null && !requested.equals(scope.dealerId())) {
				errors.reject("dealerId", "must be your own dealer (or left out)");
				return null;
			}
			id = scope.dealerId();
		}
		if (id == null) {
			errors.reject("dealerId", "is required: which dealer quotes");
			return null;
		}
		DealerSummary dealer = this.network.dealer(id).orElse(null);
		if (dealer == null || !scope.covers(dealer.id(), dealer.regionId())) {
			errors.reject("dealerId", "no dealer in your scope has the id " + id);
			return null;
		}
		if (!dealer.isActive()) {
			errors.reject("dealerId", "dealer " + dealer.code() + " is not active");
			return null;
		}
		return dealer;
	}

	private static String registrationCity(FieldErrors errors, @Nullable String requested,
			@Nullable DealerSummary dealer) {
		if (requested == null || requested.isBlank()) {
			return dealer == null ? "" : dealer.city().value();
		}
		CityCode city = errors.attempt("registrationCityCode", () -> new CityCode(requested.strip()));
		return city == null ? "" : city.value();
	}

	private static BigDecimal amount(FieldErrors errors, String field, @Nullable BigDecimal value) {
		if (value == null) {
			return BigDecimal.ZERO.setScale(2);
		}
		if (value.signum() < 0) {
			errors.reject(field, "must not be negative");
		}
		else if (value.stripTrailingZeros().scale() > 2) {
			errors.reject(field, "must be in yuan with at most two decimals (fen)");
		}
		else if (value.compareTo(MAX_AMOUNT) >= 0) {
			errors.reject(field, "must be less than " + MAX_AMOUNT.toPlainString());
		}
		else {
			return value.setScale(2);
		}
		return BigDecimal.ZERO.setScale(2);
	}

	private static @Nullable String text(FieldErrors errors, String field, @Nullable String value) {
		String text = value == null || value.isBlank() ? null : value.strip();
		if (text != null && text.length() > TEXT_MAX) {
			errors.reject(field, "must be at most " + TEXT_MAX + " characters");
		}
		return text;
	}

}
