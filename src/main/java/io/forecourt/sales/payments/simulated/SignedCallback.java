package io.forecourt.sales.payments.simulated;

import java.util.Map;

/**
 * A callback of the simulated provider, signed and ready to send: to {@code path} with
 * these headers and this JSON body.
 */
public record SignedCallback(String path, Map<String, String> headers, String body) {

	public static final String PATH = "/api/v1/payment-callbacks/" + SimulatedPaymentProvider.CODE;

}
