package io.forecourt.sales.payments.simulated;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Sends the simulated provider's due callbacks to our callback endpoint over HTTP, signed
 * at the moment of sending, as a real provider does; one instance at a time (ShedLock). A
 * callback not answered with 2xx is tried again with growing pauses (a refund we do not
 * know yet, our instance restarting), up to the configured number of attempts. Without a
 * configured base URL it sends to this instance's own port, and sends nothing while the
 * application has no web server (MockMvc tests drive callbacks themselves). The lock is
 * taken in code rather than by annotation so that case costs no lock at all.
 */
@Component
@ConditionalOnBooleanProperty(name = "forecourt.payments.simulated.enabled", matchIfMissing = true)
class SimulatedCallbackDelivery {

	private static final Logger log = LoggerFactory.getLogger(SimulatedCallbackDelivery.class);

	private static final Duration MAX_PAUSE = Duration.ofMinutes(5);

	private final SimulatedCallbackQueue queue;

	private final SimulatedPaymentProvider provider;

	private final SimulatedProviderProperties properties;

	private final Environment environment;

	private final Clock clock;

	private final RestClient http;

	private final LockingTaskExecutor locks;

	SimulatedCallbackDelivery(SimulatedCallbackQueue queue, SimulatedPaymentProvider provider,
			SimulatedProviderProperties properties, Environment environment, Clock clock, LockProvider lockProvider) {
		this.locks = new DefaultLockingTaskExecutor(lockProvider);
		this.queue = queue;
		this.provider = provider;
		this.properties = properties;
		this.environment = environment;
		this.clock = clock;
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
		requests.setReadTimeout(Duration.ofSeconds(10));
		this.http = RestClient.builder().requestFactory(requests).build();
	}

	@Scheduled(fixedDelayString = "${forecourt.payments.simulated.delivery-interval:PT1S}", initialDelayString = "PT5S")
	void deliverDue() {
		// no web server (MockMvc tests): nothing to send to, so no lock taken every
		// second
		if (baseUrl() != null) {
			this.locks.executeWithLock((Runnable) this::deliver, new LockConfiguration(Instant.now(),
					"sales.simulated-payment-callbacks", Duration.ofMinutes(5), Duration.ZERO));
		}
	}

	/** Sends what is due now. @return how many were accepted */
	int deliver() {
		String base = baseUrl();
		if (base == null) {
			return 0;
		}
		int accepted = 0;
		for (SimulatedCallbackQueue.Queued callback : this.queue.due(this.clock.instant(), 50)) {
			if (send(base, callback)) {
				accepted++;
			}
		}
		return accepted;
	}

	private boolean send(String base, SimulatedCallbackQueue.Queued callback) {
		SignedCallback signed = this.provider.sign(callback.body());
		String error;
		try {
			HttpStatusCode status = this.http.post()
				.uri(base + signed.path())
				.contentType(MediaType.APPLICATION_JSON)
				.headers(headers -> signed.headers().forEach(headers::set))
				.body(signed.body())
				.exchange((request, response) -> response.getStatusCode());
			if (status.is2xxSuccessful()) {
				this.queue.delivered(callback.id(), this.clock.instant());
				return true;
			}
			error = "HTTP " + status.value();
		}
		catch (RuntimeException ex) {
			error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		}
		Instant now = this.clock.instant();
		if (callback.attempts() + 1 >= this.properties.maxAttempts()) {
			log.warn("Simulated provider gives up callback {} ({}) after {} attempts: {}", callback.eventId(),
					callback.kind(), callback.attempts() + 1, error);
			this.queue.givenUp(callback.id(), error, now);
		}
		else {
			Duration pause = Duration.ofSeconds(1L << Math.min(callback.attempts() + 1, 9));
			this.queue.failed(callback.id(), error, now.plus(pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause));
			log.debug("Simulated callback {} ({}) not accepted: {}", callback.eventId(), callback.kind(), error);
		}
		return false;
	}

	private @Nullable String baseUrl() {
		if (this.properties.callbackBaseUrl() != null && !this.properties.callbackBaseUrl().isBlank()) {
			return this.properties.callbackBaseUrl().replaceAll("/+$", "");
		}
		String port = this.environment.getProperty("local.server.port");
		return port == null ? null : "http://localhost:" + port;
	}

}
