package io.forecourt.presale.participants;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The handover's pace, on a clock the test moves: it never runs more than the limit ahead
 * of the lead center's capture (unless the capture has gone silent), and while the launch
 * is hot it takes one batch per hot interval.
 */
class HandoverPacingTests {

	private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

	private final AtomicLong now = new AtomicLong(1_000 * SECOND);

	private final HandoverPacing pacing = new HandoverPacing(this.now::get, 2_000, 10 * SECOND);

	@Test
	void waitsWhileTheCaptureOwesTheLimitAndGoesOnAsItCatchesUp() {
		assertThat(this.pacing.mayHandOver(false)).isTrue();
		this.pacing.handedOver(1_500);
		assertThat(this.pacing.mayHandOver(false)).as("1,500 owed, under the limit").isTrue();
		this.pacing.handedOver(2_000);
		assertThat(this.pacing.mayHandOver(false)).as("3,500 owed").isFalse();

		this.now.addAndGet(5 * SECOND);
		this.pacing.captured(500);
		assertThat(this.pacing.mayHandOver(false)).as("3,000 owed").isFalse();
		this.pacing.captured(1_500);
		assertThat(this.pacing.outstanding()).isEqualTo(1_500);
		assertThat(this.pacing.mayHandOver(false)).as("1,500 owed").isTrue();
		this.pacing.captured(9_000);
		assertThat(this.pacing.outstanding()).as("batches another instance handed over").isZero();
	}

	@Test
	void stopsWaitingForACaptureThatHasGoneSilent() {
		this.pacing.handedOver(5_000);
		this.now.addAndGet(59 * SECOND);
		assertThat(this.pacing.mayHandOver(false)).isFalse();
		this.now.addAndGet(2 * SECOND);
		assertThat(this.pacing.mayHandOver(false)).as("a minute without word").isTrue();
		assertThat(this.pacing.outstanding()).isZero();
	}

	@Test
	void takesOneBatchPerHotIntervalWhileTheLaunchIsHot() {
		assertThat(this.pacing.mayHandOver(true)).as("the first batch of a surge").isTrue();
		this.pacing.handedOver(100);
		this.pacing.captured(100);
		assertThat(this.pacing.mayHandOver(true)).isFalse();
		this.now.addAndGet(9 * SECOND);
		assertThat(this.pacing.mayHandOver(true)).isFalse();
		assertThat(this.pacing.mayHandOver(false)).as("the surge ebbs: at once").isTrue();
		this.now.addAndGet(SECOND);
		assertThat(this.pacing.mayHandOver(true)).as("ten seconds on").isTrue();
	}

}
