package io.forecourt.support;

import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadDumpsTests {

	@Test
	void aDumpShowsAVirtualThreadWaiting() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		Thread waiting = Thread.ofVirtual().name("waiting-for-the-dump").start(() -> {
			try {
				release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		try {
			Thread.sleep(50);
			assertThat(ThreadDumps.all()).contains("waiting-for-the-dump").contains("CountDownLatch.await");
		}
		finally {
			release.countDown();
			waiting.join();
		}
	}

}
