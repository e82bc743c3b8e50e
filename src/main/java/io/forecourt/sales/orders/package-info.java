/**
 * Orders from deposit (定金) to delivery (交车): created from a priced configuration for a
 * customer at a dealer, paid through the payment port, given a car through stock
 * allocation, and followed by the buyer on a public progress page.
 */
@NullMarked
package io.forecourt.sales.orders;

import org.jspecify.annotations.NullMarked;
