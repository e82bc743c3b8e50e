package io.forecourt.leads.capture;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.forecourt.kernel.contact.PhoneNumber;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells junk from real leads: numbers people type into forms to get past them, known spam
 * numbers and bursts of one number. Junk is kept (channels are held to account for it)
 * but never reaches One ID, so it creates no customers.
 */
@Component
class JunkRules {

	/** Numbers that appear in examples and tests everywhere. */
	private static final Set<String> TEST_NUMBERS = Set.of("+8613800138000", "+8613912345678", "+8613800000000",
			"+8613888888888", "+8618888888888", "+8613123456789", "+8613000000000");

	private static final Pattern REPEATED = Pattern.compile("(\\d)\\1{7}");

	private static final int RUN = 8;

	private final Leads leads;

	private final int burstLimit;

	private final Duration burstWindow;

	JunkRules(Leads leads, @Value("${forecourt.leads.burst-limit:5}") int burstLimit,
			@Value("${forecourt.leads.burst-window:PT10M}") Duration burstWindow) {
		this.leads = leads;
		this.burstLimit = burstLimit;
		this.burstWindow = burstWindow;
	}

	/**
	 * @return why the number is junk, or empty for a real lead
	 */
	Optional<String> reasonFor(PhoneNumber phone, Instant now) {
		Optional<String> pattern = patternReason(phone);
		if (pattern.isPresent()) {
			return pattern;
		}
		Optional<String> spam = this.leads.spamReason(phone.e164());
		if (spam.isPresent()) {
			return Optional.of(spamReason(spam.get()));
		}
		return burstReason(this.leads.arrivals(phone.e164(), burstSince(now)));
	}

	/** Test numbers, repeated and ascending digits: what the number alone gives away. */
	Optional<String> patternReason(PhoneNumber phone) {
		if (TEST_NUMBERS.contains(phone.e164())) {
			return Optional.of("test number");
		}
		String national = phone.national();
		if (REPEATED.matcher(national).find()) {
			return Optional.of("repeated digits");
		}
		if (hasAscendingRun(national)) {
			return Optional.of("ascending digits");
		}
		return Optional.empty();
	}

	static String spamReason(String listed) {
		return "spam list: " + listed;
	}

	/** Arrivals of a number are counted from here on. */
	Instant burstSince(Instant now) {
		return now.minus(this.burstWindow);
	}

	/**
	 * @param earlierArrivals arrivals of the number inside the window, this one not
	 * counted yet: the limit-plus-first one is the burst
	 */
	Optional<String> burstReason(int earlierArrivals) {
		if (earlierArrivals >= this.burstLimit) {
			return Optional
				.of("burst: more than " + this.burstLimit + " leads in " + this.burstWindow.toMinutes() + " minutes");
		}
		return Optional.empty();
	}

	static boolean hasAscendingRun(String digits) {
		int run = 1;
		for (int i = 1; i < digits.length(); i++) {
			run = digits.charAt(i) == digits.charAt(i - 1) + 1 ? run + 1 : 1;
			if (run >= RUN) {
				return true;
			}
		}
		return false;
	}

}
