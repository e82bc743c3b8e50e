package io.forecourt.kernel.idempotency;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.forecourt.kernel.web.ProblemException;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A test-only {@link Idempotent} handler whose side effect the tests count: it "moves"
 * money per note, and can be told to block until released, to fail once with a 500, or to
 * refuse with a 409. Imported by the tests that use it, never scanned.
 */
@TestComponent
@RestController
public class IdempotentTestTransfers {

	public static final String PATH = "/api/v1/test-idempotent-transfers";

	private static final Map<String, AtomicInteger> executions = new ConcurrentHashMap<>();

	private static final Map<String, CountDownLatch> entered = new ConcurrentHashMap<>();

	private static final Map<String, CountDownLatch> released = new ConcurrentHashMap<>();

	@PostMapping(PATH)
	@Idempotent
	ResponseEntity<Transfer> transfer(@RequestBody TransferRequest request) throws InterruptedException {
		int count = executions.computeIfAbsent(request.note(), n -> new AtomicInteger()).incrementAndGet();
		switch (request.mode()) {
			case "SLOW" -> {
				entered.computeIfAbsent(request.note(), n -> new CountDownLatch(1)).countDown();
				if (!released.computeIfAbsent(request.note(), n -> new CountDownLatch(1)).await(30, TimeUnit.SECONDS)) {
					throw new IllegalStateException("never released");
				}
			}
			case "FAIL_ONCE" -> {
				if (count == 1) {
					throw new IllegalStateException("the first attempt fails");
				}
			}
			case "REFUSE" -> throw ProblemException.conflict("Refused: " + request.note());
			default -> {
			}
		}
		UUID id = UUID.randomUUID();
		return ResponseEntity.created(URI.create(PATH + "/" + id)).body(new Transfer(id, request.amount(), count));
	}

	public static int executions(String note) {
		AtomicInteger count = executions.get(note);
		return count == null ? 0 : count.get();
	}

	public static boolean awaitEntered(String note) throws InterruptedException {
		return entered.computeIfAbsent(note, n -> new CountDownLatch(1)).await(30, TimeUnit.SECONDS);
	}

	public static void release(String note) {
		released.computeIfAbsent(note, n -> new CountDownLatch(1)).countDown();
	}

	/**
	 * @param mode OK, SLOW (blocks until released), FAIL_ONCE (500 the first time) or
	 * REFUSE (409)
	 */
	record TransferRequest(String note, BigDecimal amount, String mode) {
	}

	record Transfer(UUID id, BigDecimal amount, int execution) {
	}

}
