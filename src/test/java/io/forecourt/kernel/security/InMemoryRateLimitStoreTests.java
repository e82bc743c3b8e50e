package io.forecourt.kernel.security;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generic cell rate algorithm on a clock the test moves. */
class InMemoryRateLimitStoreTests {

	private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

	private final InMemoryRateLimitStore store = new InMemoryRateLimitStore(this.nanos::get);

	private final List<RateLimitStore.Limit> twoPerSecond = List
		.of(new RateLimitStore.Limit("k", 2, Duration.ofSeconds(1)));

	@Test
	void aBurstOfTheCapacityPassesThenOneRequestPerIntervalComesBack() {
		assertThat(this.store.acquire(this.twoPerSecond).passed()).isTrue();
		assertThat(this.store.acquire(this.twoPerSecond).passed()).isTrue();

		RateLimitStore.Verdict refused = this.store.acquire(this.twoPerSecond);
		assertThat(refused.exceeded()).isZero();
		assertThat(refused.waitNanos()).isEqualTo(Duration.ofMillis(500).toNanos());
		assertThat(refused.waitSeconds()).isEqualTo(1);

		advance(Duration.ofMillis(499));
		assertThat(this.store.acquire(this.twoPerSecond).waitNanos()).isEqualTo(Duration.ofMillis(1).toNanos());
		advance(Duration.ofMillis(1));
		assertThat(this.store.acquire(this.twoPerSecond).passed()).isTrue();
		assertThat(this.store.acquire(this.twoPerSecond).passed()).isFalse();
	}

	@Test
	void aRefusedRequestIsNotCounted() {
		List<RateLimitStore.Limit> onePerMinute = List.of(new RateLimitStore.Limit("m", 1, Duration.ofMinutes(1)));
		assertThat(this.store.acquire(onePerMinute).passed()).isTrue();
		for (int i = 0; i < 10; i++) {
			assertThat(this.store.acquire(onePerMinute).passed()).isFalse();
		}
		// ten refusals did not push the next allowance back
		advance(Duration.ofMinutes(1));
		assertThat(this.store.acquire(onePerMinute).passed()).isTrue();
	}

	@Test
	void aKeyIsForgottenAsSoonAsItLimitsNobody() {
		List<RateLimitStore.Limit> tenPerMinute = List.of(new RateLimitStore.Limit("p", 10, Duration.ofMinutes(1)));
		this.store.acquire(tenPerMinute);
		assertThat(this.store.remembered()).isEqualTo(1);

		// one request takes up a tenth of the minute: gone after six seconds, not sixty
		advance(Duration.ofSeconds(6));
		assertThat(this.store.remembered()).isZero();
	}

	@Test
	void theBackgroundSweepForgetsKeysOnItsOwn() throws Exception {
		InMemoryRateLimitStore swept = new InMemoryRateLimitStore();
		try {
			// a thousand a second: the key limits nobody a millisecond later
			swept.acquire(List.of(new RateLimitStore.Limit("s", 1000, Duration.ofSeconds(1))));
			assertThat(swept.size()).isEqualTo(1);
			long deadline = System.nanoTime() + InMemoryRateLimitStore.SWEEP_EVERY.multipliedBy(3).toNanos();
			while (swept.size() > 0 && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			assertThat(swept.size()).isZero();
		}
		finally {
			swept.destroy();
		}
	}

	private void advance(Duration by) {
		this.nanos.addAndGet(by.toNanos());
	}

}
