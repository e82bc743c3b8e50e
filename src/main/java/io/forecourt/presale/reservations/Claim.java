package io.forecourt.presale.reservations;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A checked reservation attempt, ready to be claimed.
 *
 * @param personKey keyed hash of the E.164 phone
 * @param idNumberKey keyed hash of the ID number, where the campaign requires one
 * @param configurationCode the offer asked for (the campaign's only one when it has one)
 */
record Claim(String personKey, @Nullable String idNumberKey, String phone, @Nullable String name,
		@Nullable String configurationCode, @Nullable String cityCode, @Nullable UUID dealerId,
		boolean consentMarketing) {
}
