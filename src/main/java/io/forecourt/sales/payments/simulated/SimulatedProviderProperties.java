package io.forecourt.sales.payments.simulated;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The simulated provider ({@code forecourt.payments.simulated.*}).
 *
 * @param enabled whether it exists at all; production turns it off (anyone could "pay")
 * @param secret the key its callbacks are signed with (HMAC-SHA256)
 * @param callbackDelay how long after the payer decides (or a refund is asked) the
 * callback is due
 * @param failureRate the share (0 to 1) of "Pay" clicks the simulated bank declines
 * @param refundFailureRate the share (0 to 1) of refunds it refuses
 * @param replayWindow how far a callback's signed timestamp may be from our clock
 * @param callbackBaseUrl where callbacks are sent, e.g. {@code https://crm.example.com};
 * by default this instance's own port on localhost
 * @param checkoutBaseUrl prefix of checkout links, e.g. the public host; empty for links
 * relative to this application
 * @param deliveryInterval how often due callbacks are sent
 * @param maxAttempts how often a callback is tried before it is given up
 */
@ConfigurationProperties("forecourt.payments.simulated")
public record SimulatedProviderProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("forecourt-demo-simulated-payment-provider-secret") String secret,
		@DefaultValue("PT2S") Duration callbackDelay, @DefaultValue("0") double failureRate,
		@DefaultValue("0") double refundFailureRate, @DefaultValue("PT5M") Duration replayWindow,
		@Nullable String callbackBaseUrl, @DefaultValue("") String checkoutBaseUrl,
		@DefaultValue("PT1S") Duration deliveryInterval, @DefaultValue("20") int maxAttempts) {
}
