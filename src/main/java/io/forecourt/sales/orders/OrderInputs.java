package io.forecourt.sales.orders;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.network.DealerNetwork;
import io.forecourt.network.DealerSummary;
import io.forecourt.sales.Configurations;
import io.forecourt.sales.PricedConfiguration;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The checks of an order's input that every way of placing one makes alike (a
 * consultant's order, an order paid first elsewhere): the configuration by its code, the
 * selling dealer known and active. Each names its field's problem and returns null, so
 * that a request hears of every bad field at once.
 */
@Component
class OrderInputs {

	private final Configurations configurations;

	private final DealerNetwork network;

	OrderInputs(Configurations configurations, DealerNetwork network) {
		this.configurations = configurations;
		this.network = network;
	}

	/**
	 * @param whenMissing the problem when no code is given (saying what else would do)
	 */
	@Nullable PricedConfiguration configuration(@Nullable String code, String whenMissing, FieldErrors errors) {
		if (code == null || code.isBlank()) {
			errors.reject("configurationCode", whenMissing);
			return null;
		}
		Optional<PricedConfiguration> found = this.configurations.find(code.strip());
		if (found.isEmpty()) {
			errors.reject("configurationCode", "no configuration has the code " + code.strip());
		}
		return found.orElse(null);
	}

	/**
	 * @param visible whether the caller may sell for the dealer (its data scope)
	 * @param whenUnknown the problem for a dealer that does not exist or is not visible
	 */
	@Nullable UUID activeDealer(UUID dealerId, Predicate<DealerSummary> visible, String whenUnknown, FieldErrors errors) {
		Optional<DealerSummary> dealer = this.network.dealer(dealerId);
		if (dealer.isEmpty() || !visible.test(dealer.get())) {
			errors.reject("dealerId", whenUnknown);
			return null;
		}
		if (!dealer.get().isActive()) {
			errors.reject("dealerId", "the dealer is not active");
			return null;
		}
		return dealerId;
	}

}
