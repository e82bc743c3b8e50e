package io.forecourt.kernel.idempotency;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.sales.payments.PaymentEventsRecorder;
import io.forecourt.support.ApiKeysForTests;
import io.forecourt.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The {@code Idempotency-Key} contract over HTTP, against the real database: a repeat
 * gets the first response and does nothing twice, a concurrent duplicate gets 409, the
 * key reused for another body 422, no key 400; server errors release the key; a claim
 * left by a crashed request expires; kept keys are purged after their retention.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ MutableClock.Configuration.class, IdempotentTestTransfers.class, PaymentEventsRecorder.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyKeyTests {

	private static final String PROBLEMS = "https://forecourt.dev/problems/";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	IdempotencyKeyPurge purge;

	@Autowired
	IdempotencyProperties properties;

	String integrator;

	String otherIntegrator;

	@BeforeAll
	void keys() {
		this.integrator = ApiKeysForTests.issue(this.accounts, Role.INTEGRATOR, AccessScope.all());
		this.otherIntegrator = ApiKeysForTests.issue(this.accounts, Role.INTEGRATOR, AccessScope.all());
	}

	@Test
	void aRepeatGetsTheFirstResponseAgainAndDoesNothingTwice() throws Exception {
		String note = note();
		String key = UUID.randomUUID().toString();
		MockHttpServletResponse first = send(this.integrator, key, body(note, "100.00", "OK"));
		MockHttpServletResponse repeat = send(this.integrator, key, body(note, "100.00", "OK"));
		assertThat(first.getStatus()).isEqualTo(201);
		assertThat(first.getHeader(IdempotencyHeaders.REPLAYED)).isNull();
		assertThat(repeat.getStatus()).isEqualTo(201);
		assertThat(repeat.getHeader(IdempotencyHeaders.REPLAYED)).isEqualTo("true");
		assertThat(repeat.getHeader("Location")).isEqualTo(first.getHeader("Location")).isNotBlank();
		assertThat(repeat.getContentAsString()).isEqualTo(first.getContentAsString()).contains("\"execution\":1");
		assertThat(repeat.getContentType()).startsWith("application/json");
		assertThat(IdempotentTestTransfers.executions(note)).isEqualTo(1);
	}

	@Test
	void theSameKeyWithAnotherBodyIsRefusedWith422() throws Exception {
		String note = note();
		String key = UUID.randomUUID().toString();
		assertThat(send(this.integrator, key, body(note, "100.00", "OK")).getStatus()).isEqualTo(201);
		MockHttpServletResponse other = send(this.integrator, key, body(note, "999.00", "OK"));
		assertThat(other.getStatus()).isEqualTo(422);
		assertThat(other.getContentType()).startsWith("application/problem+json");
		assertThat(other.getContentAsString()).contains(PROBLEMS + "idempotency-key-reused");
		assertThat(IdempotentTestTransfers.executions(note)).isEqualTo(1);
	}

	@Test
	void aMissingOrMalformedKeyIsRefusedWith400AndNothingRuns() throws Exception {
		String note = note();
		MockHttpServletResponse missing = this.mvc
			.perform(authorized(post(IdempotentTestTransfers.PATH), this.integrator)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(note, "1.00", "OK")))
			.andReturn()
			.getResponse();
		assertThat(missing.getStatus()).isEqualTo(400);
		assertThat(missing.getContentAsString()).contains(PROBLEMS + "idempotency-key-missing");
		MockHttpServletResponse spaced = send(this.integrator, "has a space", body(note, "1.00", "OK"));
		assertThat(spaced.getStatus()).isEqualTo(400);
		assertThat(spaced.getContentAsString()).contains(PROBLEMS + "validation").contains("Idempotency-Key");
		assertThat(IdempotentTestTransfers.executions(note)).isZero();
	}

	@Test
	void keysBelongToTheirCaller() throws Exception {
		String note = note();
		String key = UUID.randomUUID().toString();
		assertThat(send(this.integrator, key, body(note, "5.00", "OK")).getHeader(IdempotencyHeaders.REPLAYED))
			.isNull();
		MockHttpServletResponse other = send(this.otherIntegrator, key, body(note, "5.00", "OK"));
		assertThat(other.getStatus()).isEqualTo(201);
		assertThat(other.getHeader(IdempotencyHeaders.REPLAYED)).isNull();
		assertThat(IdempotentTestTransfers.executions(note)).isEqualTo(2);
	}

	@Test
	void aDuplicateWhileTheFirstIsRunningGets409AndTheFirstCompletes() throws Exception {
		String note = note();
		String key = UUID.randomUUID().toString();
		String body = body(note, "50.00", "SLOW");
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<MockHttpServletResponse> first = pool.submit(() -> send(this.integrator, key, body));
			assertThat(IdempotentTestTransfers.awaitEntered(note)).isTrue();
			MockHttpServletResponse duplicate = pool.submit(() -> send(this.integrator, key, body))
				.get(30, TimeUnit.SECONDS);
			assertThat(duplicate.getStatus()).isEqualTo(409);
			assertThat(duplicate.getContentAsString()).contains(PROBLEMS + "idempotency-key-in-use");
			assertThat(duplicate.getHeader("Retry-After")).isEqualTo("1");
			IdempotentTestTransfers.release(note);
			assertThat(first.get(30, TimeUnit.SECONDS).getStatus()).isEqualTo(201);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(send(this.integrator, key, body).getHeader(IdempotencyHeaders.REPLAYED)).isEqualTo("true");
		assertThat(IdempotentTestTransfers.executions(note)).isEqualTo(1);
	}

	@Test
	void ofEightConcurrentDuplicatesExactlyOneRuns() throws Exception {
		String note = note();
		String key = UUID.randomUUID().toString();
		String body = body(note, "70.00", "SLOW");
		int threads = 8;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Callable<MockHttpServletResponse>> calls = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				calls.add(() -> {
					start.await();
					return send(this.integrator, key, body);
				});
			}
			List<Future<MockHttpServletResponse>> futures = new ArrayList<>();
			calls.forEach(call -> futures.add(pool.submit(call)));
			start.countDown();
			assertThat(IdempotentTestTransfers.awaitEntered(note)).isTrue();
			// the others answer 409 while the first is held inside the handler
			List<Integer> refused = new ArrayList<>();
			for (Future<MockHttpServletResponse> future : futures) {
				if (future.isDone() || waitBriefly(future)) {
					refused.add(future.get().getStatus());
				}
			}
			assertThat(refused).hasSize(threads - 1).containsOnly(409);
			IdempotentTestTransfers.release(note);
			List<Integer> statuses = new ArrayList<>();
			for (Future<MockHttpServletResponse> future : futures) {
				statuses.add(future.get(30, TimeUnit.SECONDS).getStatus());
			}
			assertThat(statuses).containsOnlyOnce(201);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(IdempotentTestTransfers.executions(note)).isEqualTo(1);
	}

	@Test
	void aServerErrorReleasesTheKeySoARetryRuns() throws Exception {
		String note = note();
		String key = UUID.randomUUID().toString();
		String body = body(note, "20.00", "FAIL_ONCE");
		assertThat(send(this.integrator, key, body).getStatus()).isEqualTo(500);
		MockHttpServletResponse retry = send(this.integrator, key, body);
		assertThat(retry.getStatus()).isEqualTo(201);
		assertThat(retry.getHeader(IdempotencyHeaders.REPLAYED)).isNull();
		assertThat(send(this.integrator, key, body).getHeader(IdempotencyHeaders.REPLAYED)).isEqualTo("true");
		assertThat(IdempotentTestTransfers.executions(note)).isEqualTo(2);
	}

	@Test
	void aBusinessRefusalIsKeptAndReplayed() throws Exception {
		String note = note();
		String key = UUID.randomUUID().toString();
		String body = body(note, "20.00", "REFUSE");
		MockHttpServletResponse first = send(this.integrator, key, body);
		MockHttpServletResponse repeat = send(this.integrator, key, body);
		assertThat(first.getStatus()).isEqualTo(409);
		assertThat(repeat.getStatus()).isEqualTo(409);
		assertThat(repeat.getHeader(IdempotencyHeaders.REPLAYED)).isEqualTo("true");
		assertThat(repeat.getContentAsString()).isEqualTo(first.getContentAsString()).contains(PROBLEMS + "conflict");
		assertThat(repeat.getContentType()).startsWith("application/problem+json");
		assertThat(IdempotentTestTransfers.executions(note)).isEqualTo(1);
	}

	@Test
	void aClaimLeftInFlightByACrashedRequestExpiresAndARetryRuns() throws Exception {
		String note = note();
		String key = UUID.randomUUID().toString();
		String body = body(note, "30.00", "SLOW");
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			// the "crashed" request: it holds the claim and never finishes in time
			Future<MockHttpServletResponse> stuck = pool.submit(() -> send(this.integrator, key, body));
			assertThat(IdempotentTestTransfers.awaitEntered(note)).isTrue();
			assertThat(send(this.integrator, key, body).getStatus()).isEqualTo(409);
			this.clock.advance(this.properties.lockTimeout().plusSeconds(1));
			Future<MockHttpServletResponse> retried = pool.submit(() -> send(this.integrator, key, body));
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (IdempotentTestTransfers.executions(note) < 2 && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			IdempotentTestTransfers.release(note);
			MockHttpServletResponse retry = retried.get(30, TimeUnit.SECONDS);
			assertThat(retry.getStatus()).isEqualTo(201);
			assertThat(retry.getHeader(IdempotencyHeaders.REPLAYED)).isNull();
			assertThat(retry.getContentAsString()).contains("\"execution\":2");
			// the stuck request finishing late cannot overwrite what the retry stored
			assertThat(stuck.get(30, TimeUnit.SECONDS).getStatus()).isEqualTo(201);
			MockHttpServletResponse repeat = send(this.integrator, key, body);
			assertThat(repeat.getHeader(IdempotencyHeaders.REPLAYED)).isEqualTo("true");
			assertThat(repeat.getContentAsString()).isEqualTo(retry.getContentAsString());
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void keysArePurgedAfterTheirRetentionAndCanThenBeUsedAgain() throws Exception {
		String note = note();
		String key = UUID.randomUUID().toString();
		String body = body(note, "40.00", "OK");
		assertThat(send(this.integrator, key, body).getStatus()).isEqualTo(201);
		assertThat(rows(key)).isEqualTo(1);
		this.clock.advance(this.properties.retention().minus(Duration.ofMinutes(1)));
		this.purge.purge();
		assertThat(rows(key)).isEqualTo(1);
		assertThat(send(this.integrator, key, body).getHeader(IdempotencyHeaders.REPLAYED)).isEqualTo("true");
		this.clock.advance(Duration.ofMinutes(2));
		this.purge.purge();
		assertThat(rows(key)).isZero();
		MockHttpServletResponse again = send(this.integrator, key, body);
		assertThat(again.getStatus()).isEqualTo(201);
		assertThat(again.getHeader(IdempotencyHeaders.REPLAYED)).isNull();
		assertThat(IdempotentTestTransfers.executions(note)).isEqualTo(2);
	}

	@Test
	void theOpenApiDocumentDescribesTheContractOnIdempotentOperations() throws Exception {
		String doc = this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		assertThat(doc).contains("\"IdempotencyKey\"")
			.contains("#/components/parameters/IdempotencyKey")
			.contains("#/components/headers/IdempotentReplayed")
			.contains("idempotency-key-reused");
	}

	private boolean waitBriefly(Future<MockHttpServletResponse> future) throws Exception {
		try {
			future.get(10, TimeUnit.SECONDS);
			return true;
		}
		catch (java.util.concurrent.TimeoutException ex) {
			return false;
		}
	}

	private long rows(String key) {
		return this.jdbc.sql("SELECT count(*) FROM idempotency_keys WHERE idempotency_key = ?")
			.param(key)
			.query(Long.class)
			.single();
	}

	private MockHttpServletResponse send(String apiKey, String key, String body) throws Exception {
		return this.mvc
			.perform(authorized(post(IdempotentTestTransfers.PATH), apiKey).header(IdempotencyHeaders.KEY, key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn()
			.getResponse();
	}

	private static MockHttpServletRequestBuilder authorized(MockHttpServletRequestBuilder request, String apiKey) {
		return request.header("Authorization", "Bearer " + apiKey);
	}

	private static String note() {
		return "note-" + UUID.randomUUID();
	}

	private static String body(String note, String amount, String mode) {
		return """
				{"note": "%s", "amount": %s, "mode": "%s"}""".formatted(note, amount, mode);
	}

}
