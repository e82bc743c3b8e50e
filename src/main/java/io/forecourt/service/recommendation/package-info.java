/**
 * Dealer recommendation: for an owner's vehicle, position and need, the workshops within
 * reach ranked by a weighted score of urgency (how soon each can take the car, weighed by
 * how urgent the need is), great-circle distance, workshop load in the requested window
 * and service rating, with every factor's raw value, normalised value, weight and
 * contribution, so the owner and HQ can see why.
 */
@NullMarked
package io.forecourt.service.recommendation;

import org.jspecify.annotations.NullMarked;
