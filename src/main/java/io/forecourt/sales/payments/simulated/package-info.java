/**
 * The built-in simulated payment provider: a stand-in for WeChat Pay or Alipay so the
 * whole payment flow runs without merchant credentials. It keeps its own books, shows a
 * checkout page where the payer clicks "Pay" or "Decline", and sends signed callbacks to
 * our callback endpoint like a real provider, after a delay and with retries; tests drive
 * it through {@link io.forecourt.sales.payments.simulated.SimulatedProviderControls}.
 */
@NullMarked
package io.forecourt.sales.payments.simulated;

import org.jspecify.annotations.NullMarked;
