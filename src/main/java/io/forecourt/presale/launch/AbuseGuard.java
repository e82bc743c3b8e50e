package io.forecourt.presale.launch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.forecourt.kernel.security.RateLimits;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The abuse checks a reservation attempt passes before anything else is done for it: the
 * user agent, then more attempts within a second than a person makes (one phone or one
 * device), then the per-minute limits per phone, per client address and per device. The
 * limits are counted in the rate-limit store (this JVM, or Redis shared by all instances,
 * in one round trip). The phone is only ever a keyed hash here.
 */
@Component
public class AbuseGuard {

	private static final Duration SECOND = Duration.ofSeconds(1);

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private final RateLimits limits;

	private final PresaleSettings.Abuse settings;

	private final BotHeuristics bots;

	private final Map<UUID, String[]> prefixes = new ConcurrentHashMap<>();

	AbuseGuard(RateLimits limits, PresaleSettings settings) {
		this.limits = limits;
		this.settings = settings.abuse();
		this.bots = new BotHeuristics(this.settings.scriptedAgents(), this.settings.appMarkers());
	}

	/**
	 * @param personKey the keyed hash of the participant's phone
	 * @return the refusal, empty when the attempt may go on
	 */
	public Optional<Refusal> check(UUID campaignId, String personKey, ClientSignals client) {
		if (this.bots.scripted(client.userAgent())) {
			return rejected(LaunchCounter.REJECTED_USER_AGENT, "Automated clients cannot take part");
		}
		String[] prefixes = this.prefixes.computeIfAbsent(campaignId, AbuseGuard::prefixes);
		String device = client.deviceId();
		List<Check> checks = device == null ? WITHOUT_DEVICE : WITH_DEVICE;
		List<RateLimits.Limit> limits = new ArrayList<>(checks.size());
		for (Check check : checks) {
			String key = switch (check) {
				case BURST_PHONE, PHONE -> personKey;
				case BURST_DEVICE, DEVICE -> device;
				case ADDRESS -> client.address();
			};
			limits.add(new RateLimits.Limit(prefixes[check.ordinal()] + key, check.capacity(this.settings),
					check.perSecond ? SECOND : MINUTE));
		}
		// in this order, stopping at the first used up: one look-up when Redis keeps them
		return this.limits.tryConsumeInOrder(limits)
			.map(exceeded -> checks.get(exceeded.index()).refusal(exceeded.limit().capacity(), exceeded.waitSeconds()));
	}

	/**
	 * Each check's key prefix in a campaign ("presale:{id}:phone:", ...), made once: an
	 * attempt then builds each of its five keys with one concatenation.
	 */
	private static String[] prefixes(UUID campaignId) {
		String[] prefixes = new String[Check.values().length];
		for (Check check : Check.values()) {
			prefixes[check.ordinal()] = "presale:" + campaignId + ":" + check.keyPart;
		}
		return prefixes;
	}

	private static final List<Check> WITH_DEVICE = List.of(Check.BURST_PHONE, Check.BURST_DEVICE, Check.PHONE,
			Check.ADDRESS, Check.DEVICE);

	private static final List<Check> WITHOUT_DEVICE = List.of(Check.BURST_PHONE, Check.PHONE, Check.ADDRESS);

	/** The limits an attempt is counted against, in the order they are checked. */
	private enum Check {

		BURST_PHONE("burst:phone:", true, null, null), BURST_DEVICE("burst:device:", true, null, null),
		PHONE("phone:", false, LaunchCounter.RATE_LIMITED_PHONE, "for this phone"),
		ADDRESS("ip:", false, LaunchCounter.RATE_LIMITED_IP, "from this address"),
		DEVICE("device:", false, LaunchCounter.RATE_LIMITED_DEVICE, "from this device");

		private final String keyPart;

		private final boolean perSecond;

		private final @Nullable LaunchCounter counter;

		private final @Nullable String what;

		Check(String keyPart, boolean perSecond, @Nullable LaunchCounter counter, @Nullable String what) {
			this.keyPart = keyPart;
			this.perSecond = perSecond;
			this.counter = counter;
			this.what = what;
		}

		int capacity(PresaleSettings.Abuse settings) {
			return switch (this) {
				case BURST_PHONE, BURST_DEVICE -> settings.burstPerSecond();
				case PHONE -> settings.phonePerMinute();
				case ADDRESS -> settings.ipPerMinute();
				case DEVICE -> settings.devicePerMinute();
			};
		}

		Refusal refusal(int capacity, long waitSeconds) {
			if (this.perSecond) {
				return new Refusal(LaunchCounter.REJECTED_BURST,
						new ProblemException(ProblemType.PRESALE_REJECTED, "More attempts than a person makes"));
			}
			return new Refusal(this.counter,
					new ProblemException(ProblemType.RATE_LIMITED,
							"Too many attempts " + this.what + "; at most " + capacity + " a minute",
							Map.of(ProblemException.RETRY_AFTER_SECONDS, waitSeconds)));
		}

	}

	private static Optional<Refusal> rejected(LaunchCounter counter, String detail) {
		return Optional.of(new Refusal(counter, new ProblemException(ProblemType.PRESALE_REJECTED, detail)));
	}

	/** Why an attempt is refused, counted under {@code counter}. */
	public record Refusal(LaunchCounter counter, ProblemException problem) {
	}

}
