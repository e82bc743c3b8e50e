/**
 * The network's aggregates (Region, Dealer, Staff), their value objects and repositories.
 */
@NullMarked
package io.forecourt.network.domain;

import org.jspecify.annotations.NullMarked;
