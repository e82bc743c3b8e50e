package io.forecourt.presale.launch;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import io.forecourt.kernel.security.RateLimits;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;

import org.springframework.stereotype.Component;

/**
 * The abuse checks a reservation attempt passes before anything else is done for it: the
 * user agent, then more attempts within a second than a person makes (one phone or one
 * device), then the per-minute limits per phone, per client address and per device. The
 * buckets live in the rate-limit store (this JVM, or Redis shared by all instances). The
 * phone is only ever a keyed hash here.
 */
@Component
public class AbuseGuard {

	private static final Duration SECOND = Duration.ofSeconds(1);

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private final RateLimits limits;

	private final PresaleSettings.Abuse settings;

	private final BotHeuristics bots;

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
		String prefix = "presale:" + campaignId + ":";
		String device = client.deviceId();
		if (exceeded(prefix + "burst:phone:" + personKey, this.settings.burstPerSecond(), SECOND) || (device != null
				&& exceeded(prefix + "burst:device:" + device, this.settings.burstPerSecond(), SECOND))) {
			return rejected(LaunchCounter.REJECTED_BURST, "More attempts than a person makes");
		}
		Optional<Refusal> limited = limited(prefix + "phone:" + personKey, this.settings.phonePerMinute(),
				LaunchCounter.RATE_LIMITED_PHONE, "for this phone");
		if (limited.isEmpty()) {
			limited = limited(prefix + "ip:" + client.address(), this.settings.ipPerMinute(),
					LaunchCounter.RATE_LIMITED_IP, "from this address");
		}
		if (limited.isEmpty() && device != null) {
			limited = limited(prefix + "device:" + device, this.settings.devicePerMinute(),
					LaunchCounter.RATE_LIMITED_DEVICE, "from this device");
		}
		return limited;
	}

	private boolean exceeded(String key, int capacity, Duration period) {
		return this.limits.tryConsume(key, capacity, period).isPresent();
	}

	private Optional<Refusal> limited(String key, int perMinute, LaunchCounter counter, String what) {
		OptionalLong wait = this.limits.tryConsume(key, perMinute, MINUTE);
		if (wait.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Refusal(counter,
				new ProblemException(ProblemType.RATE_LIMITED,
						"Too many attempts " + what + "; at most " + perMinute + " a minute",
						Map.of(ProblemException.RETRY_AFTER_SECONDS, wait.getAsLong()))));
	}

	private static Optional<Refusal> rejected(LaunchCounter counter, String detail) {
		return Optional.of(new Refusal(counter, new ProblemException(ProblemType.PRESALE_REJECTED, detail)));
	}

	/** Why an attempt is refused, counted under {@code counter}. */
	public record Refusal(LaunchCounter counter, ProblemException problem) {
	}

}
