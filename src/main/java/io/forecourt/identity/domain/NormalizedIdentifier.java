package io.forecourt.identity.domain;

import io.forecourt.identity.IdentityKind;
import org.jspecify.annotations.Nullable;

/**
 * An identifier in the one form it is stored and matched in.
 *
 * @param value what is matched on: E.164 phone, lower-case e-mail, {@code appId:openid},
 * the VIN, or for a national ID number its keyed hash
 * @param protectedValue for a national ID number, the number encrypted; otherwise null
 * @param display how the identifier is shown to someone allowed to see it in full
 */
public record NormalizedIdentifier(IdentityKind kind, String value, @Nullable String protectedValue, String display) {

	public String key() {
		return this.kind + "|" + this.value;
	}

}
