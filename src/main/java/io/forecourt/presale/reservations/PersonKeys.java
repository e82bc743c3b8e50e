package io.forecourt.presale.reservations;

import io.forecourt.kernel.contact.PhoneNumber;
import io.forecourt.kernel.identity.NationalIdNumber;
import io.forecourt.kernel.identity.PersonalDataProtection;

import org.springframework.stereotype.Component;

/**
 * Who a participant is, for the one-per-person rule, without storing their ID number:
 * keyed hashes (HMAC-SHA256 under the privacy hash key) of the normalised phone and ID
 * number. A plain hash would not do: every Chinese mobile number can be hashed in
 * minutes.
 */
@Component
class PersonKeys {

	private final PersonalDataProtection protection;

	PersonKeys(PersonalDataProtection protection) {
		this.protection = protection;
	}

	String of(PhoneNumber phone) {
		return this.protection.keyedHash(phone.e164());
	}

	String of(NationalIdNumber idNumber) {
		return this.protection.keyedHash(idNumber.value());
	}

}
