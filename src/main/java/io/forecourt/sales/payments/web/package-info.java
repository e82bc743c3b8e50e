/**
 * The payments REST API: reading a payment, asking for a refund (idempotent), and the
 * public endpoint payment providers send their signed callbacks to.
 */
@NullMarked
package io.forecourt.sales.payments.web;

import org.jspecify.annotations.NullMarked;
