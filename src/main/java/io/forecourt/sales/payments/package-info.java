/**
 * The payment port's implementation: payments and refunds kept with exact amounts and
 * unique idempotency keys, a {@link io.forecourt.sales.payments.PaymentProvider} SPI that
 * real providers (WeChat Pay, Alipay) plug into, and the processing of their verified
 * callbacks, which publishes the payment events exactly once.
 */
@NullMarked
package io.forecourt.sales.payments;

import org.jspecify.annotations.NullMarked;
