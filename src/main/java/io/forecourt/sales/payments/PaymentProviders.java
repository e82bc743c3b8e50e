package io.forecourt.sales.payments;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The payment providers this instance knows, by code, and the one new payments use
 * ({@code forecourt.payments.provider}).
 */
@Component
public class PaymentProviders {

	private final Map<String, PaymentProvider> byCode;

	private final String current;

	PaymentProviders(List<PaymentProvider> providers,
			@Value("${forecourt.payments.provider:simulated}") String current) {
		this.byCode = providers.stream()
			.collect(Collectors.toUnmodifiableMap(PaymentProvider::code, Function.identity()));
		this.current = current;
		if (!providers.isEmpty() && !this.byCode.containsKey(current)) {
			throw new IllegalStateException(
					"forecourt.payments.provider=" + current + " but the providers are " + this.byCode.keySet());
		}
	}

	public Optional<PaymentProvider> find(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	/** The provider new payments are opened with. */
	PaymentProvider current() {
		PaymentProvider provider = this.byCode.get(this.current);
		if (provider == null) {
			throw new PaymentProviderException("No payment provider is configured (forecourt.payments.provider)");
		}
		return provider;
	}

	/** The provider a payment was opened with. */
	PaymentProvider of(String code) {
		return find(code).orElseThrow(
				() -> new PaymentProviderException("Payment provider " + code + " is not available on this instance"));
	}

}
