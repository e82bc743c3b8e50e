package io.forecourt.identity.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.forecourt.identity.Identifier;
import io.forecourt.identity.IdentityKind;
import io.forecourt.kernel.contact.EmailAddress;
import io.forecourt.kernel.contact.PhoneNumber;
import io.forecourt.kernel.identity.NationalIdNumber;
import io.forecourt.kernel.identity.PersonalDataProtection;
import io.forecourt.kernel.vehicle.Vin;
import io.forecourt.kernel.web.FieldErrors;

import org.springframework.stereotype.Component;

/**
 * Turns identifiers as handed over into the one form they are stored and matched in, and
 * rejects what is not an identifier at all, naming each bad one. National ID numbers
 * never leave here in clear: they are matched by a keyed hash and kept encrypted.
 */
@Component
public class IdentifierNormalizer {

	/** WeChat unionids, openids and app ids, and brand-app user ids: opaque tokens. */
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{4,128}");

	private static final int MAX_IDENTIFIERS = 20;

	private final PersonalDataProtection protection;

	IdentifierNormalizer(PersonalDataProtection protection) {
		this.protection = protection;
	}

	/**
	 * @throws io.forecourt.kernel.web.ProblemException naming every invalid identifier
	 */
	public List<NormalizedIdentifier> normalizeAll(List<Identifier> identifiers) {
		FieldErrors errors = new FieldErrors();
		if (identifiers.isEmpty()) {
			errors.reject("identifiers", "at least one identifier is needed");
		}
		if (identifiers.size() > MAX_IDENTIFIERS) {
			errors.reject("identifiers", "at most " + MAX_IDENTIFIERS + " identifiers at once");
		}
		errors.throwIfAny();
		Map<String, NormalizedIdentifier> unique = new LinkedHashMap<>();
		for (int i = 0; i < identifiers.size(); i++) {
			Identifier identifier = identifiers.get(i);
			NormalizedIdentifier normalized = errors.attempt("identifiers[" + i + "]", () -> normalize(identifier));
			if (normalized != null) {
				unique.putIfAbsent(normalized.key(), normalized);
			}
		}
		errors.throwIfAny();
		return new ArrayList<>(unique.values());
	}

	NormalizedIdentifier normalize(Identifier identifier) {
		String raw = identifier.value() == null ? "" : identifier.value().strip();
		IdentityKind kind = identifier.kind();
		if (kind == null) {
			throw new IllegalArgumentException("kind is missing");
		}
		return switch (kind) {
			case PHONE -> plain(kind, PhoneNumber.parse(raw).e164());
			case EMAIL -> plain(kind, EmailAddress.parse(raw).value());
			case WECHAT_UNIONID, APP_USER -> plain(kind, token(kind, raw));
			case WECHAT_OPENID -> {
				if (identifier.appId() == null || !TOKEN.matcher(identifier.appId().strip()).matches()) {
					throw new IllegalArgumentException("a WeChat openid needs the appId it belongs to");
				}
				yield plain(kind, identifier.appId().strip() + ":" + token(kind, raw));
			}
			case VIN -> plain(kind, Vin.parse(raw).value());
			case NATIONAL_ID -> {
				NationalIdNumber number = NationalIdNumber.parse(raw);
				yield new NormalizedIdentifier(kind, this.protection.keyedHash(number.value()),
						this.protection.encrypt(number.value()), number.masked());
			}
		};
	}

	private static NormalizedIdentifier plain(IdentityKind kind, String value) {
		return new NormalizedIdentifier(kind, value, null, value);
	}

	private static String token(IdentityKind kind, String raw) {
		if (!TOKEN.matcher(raw).matches()) {
			throw new IllegalArgumentException(
					"'" + raw + "' is not a valid " + kind + " (4 to 128 of A-Z, a-z, 0-9, _ and -)");
		}
		return raw;
	}

}
