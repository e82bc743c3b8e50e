package io.forecourt.kernel.contact;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address, normalised so that the same mailbox typed twice matches: trimmed,
 * full-width characters folded (NFKC, so {@code ＠} and full-width letters typed on a
 * Chinese keyboard become ASCII) and lower-cased, including internationalised domain
 * names ({@code 用户@例子.中国} stays Unicode, not punycode).
 * <p>
 * Validation is pragmatic, not RFC 5322: one {@code @}, no spaces, a dot inside the
 * domain, at most 254 characters. The local part is lower-cased too although RFC 5321
 * lets servers treat it case-sensitively; no provider we see does, and matching
 * {@code Li.Wei@} with {@code li.wei@} is worth more.
 * <p>
 * Gmail's dots and {@code +tags} are not stripped: that equivalence is one provider's
 * rule, and applying it elsewhere would merge different people's mailboxes.
 */
public record EmailAddress(String value) {

	/** Maximum length of a forward path (RFC 5321) less the angle brackets. */
	static final int MAX_LENGTH = 254;

	private static final Pattern PRAGMATIC = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

	public EmailAddress {
		if (value != null && value.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("An email address has at most " + MAX_LENGTH + " characters");
		}
		if (value == null || !PRAGMATIC.matcher(value).matches()) {
			throw new IllegalArgumentException("'" + value + "' is not an email address");
		}
		if (value.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("An email address has at most " + MAX_LENGTH + " characters");
		}
		if (!value.equals(value.toLowerCase(Locale.ROOT))) {
			throw new IllegalArgumentException("'" + value + "' is not normalised; use EmailAddress.parse");
		}
	}

	/** Parses what a person typed. */
	public static EmailAddress parse(String raw) {
		if (raw == null) {
			throw new IllegalArgumentException("An email address is required");
		}
		return new EmailAddress(Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT));
	}

	/** The part before the {@code @}. */
	public String localPart() {
		return this.value.substring(0, this.value.indexOf('@'));
	}

	/** The part after the {@code @}, e.g. {@code qq.com}. */
	public String domain() {
		return this.value.substring(this.value.indexOf('@') + 1);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
