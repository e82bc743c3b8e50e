package io.forecourt.presale.reservations;

import org.jspecify.annotations.Nullable;

/**
 * A participant's reservation attempt, as the brand app sends it.
 *
 * @param campaignCode the presale campaign (required on {@code POST
 * /api/v1/presale/reservations}; the older path form names it in the path)
 * @param phone the participant's verified mobile number
 * @param idNumber their 18-character resident ID number, where the campaign requires it
 * (never stored: only its keyed hash)
 * @param configurationCode which of the campaign's configurations; may be left out when
 * the campaign offers one
 * @param cityCode the GB/T 2260 code of the city they live in
 * @param dealerCode the dealer they want the car delivered by, if chosen already
 * @param consentMarketing whether they agree to be contacted about the brand's offers
 */
public record ReservationRequest(@Nullable String campaignCode, @Nullable String phone, @Nullable String idNumber,
		@Nullable String name, @Nullable String configurationCode, @Nullable String cityCode,
		@Nullable String dealerCode, boolean consentMarketing) {
}
