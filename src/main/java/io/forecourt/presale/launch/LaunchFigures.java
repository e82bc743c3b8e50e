package io.forecourt.presale.launch;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A campaign's launch as it stands, for the live dashboard. Units and reservations are
 * counted in the database as of {@code asOf}; attempts and answers are the instances'
 * counters, each at most a second behind.
 *
 * @param remaining units free now (never taken, or back from a lapsed hold)
 * @param liveReserved units held by unpaid reservations within their deadline
 * @param paid units sold (deposit paid)
 * @param expired reservations whose deadline passed unpaid
 * @param ordersPlaced paid reservations the sales center has turned into orders
 * @param refundedLatePayments deposits refunded because they came after the unit was lost
 * @param reservationsPerSecond reservations made over the last ten seconds, per second
 * @param attempts reservation attempts, all instances together
 * @param answers attempts by their answer (RESERVED, SOLD_OUT, NOT_OPEN, ...)
 * @param rejections refused attempts by reason (user agent, burst, rate limits)
 * @param participants distinct people who took part, as handed to the lead center
 * @param participantsWaiting participants recorded and waiting to be handed over (each
 * attempt of a person repeated on another instance counts again until then); in a launch
 * the lead center catches up once the surge ebbs
 * @param instances instances whose counters are included
 */
public record LaunchFigures(String campaignCode, int quota, long remaining, long liveReserved, long paid, long expired,
		long ordersPlaced, long refundedLatePayments, double reservationsPerSecond, long attempts,
		Map<LaunchCounter, Long> answers, Map<LaunchCounter, Long> rejections, long participants,
		long participantsWaiting, int instances, List<OfferFigures> offers, Instant asOf) {

	/**
	 * One configuration on sale.
	 *
	 * @param remaining its free tokens, null when it has no cap of its own
	 */
	public record OfferFigures(String configurationCode, @Nullable Integer cap, @Nullable Long remaining,
			long liveReserved, long paid) {
	}

}
