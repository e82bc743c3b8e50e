package io.forecourt.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import io.forecourt.identity.domain.MergeSuggestions;
import io.forecourt.identity.domain.Merging;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.ProblemException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class IdentityResolutionTests {

	@Autowired
	CustomerIdentification identification;

	@Autowired
	Merging merging;

	@Autowired
	MergeSuggestions suggestions;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	/** A fresh, valid Chinese mobile number per call. */
	static String newMobile() {
		return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	static String token() {
		return "t" + UUID.randomUUID().toString().replace("-", "");
	}

	private Resolution resolve(Identifier... identifiers) {
		return this.identification.resolve(ResolutionRequest.of("test", identifiers));
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	@Test
	void theSamePhoneWrittenDifferentlyIsOneCustomer() {
		String mobile = newMobile();
		Resolution first = resolve(Identifier.phone(mobile));
		Resolution second = resolve(Identifier.phone("+86 " + mobile.substring(0, 3) + "-" + mobile.substring(3)));
		Resolution third = resolve(Identifier.phone("0086" + mobile));

		assertThat(first.created()).isTrue();
		assertThat(second.created()).isFalse();
		assertThat(second.customerId()).isEqualTo(first.customerId()).isEqualTo(third.customerId());
		assertThat(count("SELECT count(*) FROM customer_identities WHERE identifier = ?", "+86" + mobile)).isEqualTo(1);
	}

	@Test
	void twoRequestsWithTheSameNewPhoneAtTheSameMomentCreateOneCustomer() throws Exception {
		sameNewPhoneAtOnce(false);
	}

	/**
	 * As a caller does that resolves within its own transaction (a paid presale deposit
	 * placing its order): a lost race must not abort the caller's transaction.
	 */
	@Test
	void theRaceIsLostAndRetriedWithoutAbortingTheCallersTransaction() throws Exception {
		sameNewPhoneAtOnce(true);
	}

	private void sameNewPhoneAtOnce(boolean inCallersTransaction) throws Exception {
		String mobile = newMobile();
		int requests = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(requests);
		try {
			List<Future<Resolution>> results = new ArrayList<>();
			for (int i = 0; i < requests; i++) {
				String appUser = token();
				Callable<Resolution> call = () -> {
					start.await();
					if (!inCallersTransaction) {
						return resolve(Identifier.phone(mobile), Identifier.appUser(appUser));
					}
					return this.transaction.execute(status -> {
						Resolution resolution = resolve(Identifier.phone(mobile), Identifier.appUser(appUser));
						// the caller's transaction goes on after the resolution
						this.jdbc.sql("SELECT count(*) FROM customers").query(Long.class).single();
						return resolution;
					});
				};
				results.add(pool.submit(call));
			}
			start.countDown();
			Set<UUID> customers = new java.util.HashSet<>();
			for (Future<Resolution> result : results) {
				customers.add(result.get().customerId());
			}
			assertThat(customers).hasSize(1);
			assertThat(results.stream().filter(r -> r.resultNow().created()).count()).isEqualTo(1);
			assertThat(count("SELECT count(*) FROM customer_identities WHERE customer_id = ?",
					customers.iterator().next()))
				.isEqualTo(1 + requests);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void strongIdentifiersOfTwoCustomersMergeThemIntoTheOlderAndNothingIsLost() {
		Resolution older = resolve(Identifier.phone(newMobile()), Identifier.wechatOpenId("wxapp01", token()));
		String email = "li.na." + UUID.randomUUID() + "@example.com";
		Resolution newer = resolve(Identifier.email(email));
		String phone = this.jdbc
			.sql("SELECT identifier FROM customer_identities WHERE customer_id = ? AND kind = 'PHONE'")
			.param(older.customerId())
			.query(String.class)
			.single();

		Resolution both = resolve(Identifier.phone(phone), Identifier.email(email.toUpperCase()));

		assertThat(both.customerId()).isEqualTo(older.customerId());
		assertThat(both.merged()).containsExactly(newer.customerId());
		assertThat(this.jdbc.sql("SELECT merged_into FROM customers WHERE id = ?")
			.param(newer.customerId())
			.query(UUID.class)
			.single()).isEqualTo(older.customerId());
		assertThat(count("SELECT count(*) FROM customer_identities WHERE customer_id IN (?, ?)", older.customerId(),
				newer.customerId()))
			.as("phone, openid and e-mail all kept")
			.isEqualTo(3);
		assertThat(this.events.stream(CustomersMerged.class))
			.anySatisfy(merged -> assertThat(merged.survivorId()).isEqualTo(older.customerId()));
		assertThat(resolve(Identifier.email(email)).customerId())
			.as("the merged customer's e-mail now finds the survivor")
			.isEqualTo(older.customerId());
	}

	@Test
	void anUnmergeRestoresTheCustomerAndKeepsThePairApartFromThenOn() {
		String phone = newMobile();
		String unionId = token();
		Resolution a = resolve(Identifier.phone(phone));
		Resolution b = resolve(Identifier.wechatUnionId(unionId));
		Resolution merged = resolve(Identifier.phone(phone), Identifier.wechatUnionId(unionId));
		assertThat(merged.merged()).containsExactly(b.customerId());

		CurrentAccess.asSystem(() -> this.transaction.executeWithoutResult(s -> this.merging.unmerge(b.customerId())));

		assertThat(resolve(Identifier.wechatUnionId(unionId)).customerId()).isEqualTo(b.customerId());
		assertThat(resolve(Identifier.phone(phone)).customerId()).isEqualTo(a.customerId());
		Resolution again = resolve(Identifier.phone(phone), Identifier.wechatUnionId(unionId));
		assertThat(again.merged()).as("a separated pair is not merged again automatically").isEmpty();
		assertThat(this.events.stream(CustomersUnmerged.class))
			.anySatisfy(unmerged -> assertThat(unmerged.restoredId()).isEqualTo(b.customerId()));
	}

	@Test
	void aVinOwnedBySomeoneElseSuggestsAMergeInsteadOfMerging() {
		// A valid VIN (check digit 6, worked out in VinTests); each test JVM has a fresh
		// schema.
		String validVin = "LFV2A21K6B3000001";
		Resolution owner = resolve(Identifier.vin(validVin));
		Resolution buyer = resolve(Identifier.phone(newMobile()), Identifier.vin(validVin));

		assertThat(buyer.customerId()).isNotEqualTo(owner.customerId());
		assertThat(buyer.merged()).isEmpty();
		assertThat(this.suggestions.find(MergeSuggestions.Status.OPEN, 1000))
			.anySatisfy(s -> assertThat(Set.of(s.customerA(), s.customerB()))
				.containsExactlyInAnyOrder(owner.customerId(), buyer.customerId()));
		assertThat(resolve(Identifier.vin(validVin)).customerId()).as("the VIN alone finds its first owner")
			.isEqualTo(owner.customerId());
	}

	@Test
	void sameNameCityAndModelInterestOnlySuggestAMerge() {
		String name = "王" + UUID.randomUUID().toString().substring(0, 6);
		Resolution first = this.identification.resolve(
				new ResolutionRequest(List.of(Identifier.phone(newMobile())), name, "310100", "Huaxia EV7", "test"));
		Resolution second = this.identification.resolve(
				new ResolutionRequest(List.of(Identifier.phone(newMobile())), name, "310100", "huaxia ev7", "test"));

		assertThat(second.customerId()).isNotEqualTo(first.customerId());
		assertThat(this.suggestions.find(MergeSuggestions.Status.OPEN, 1000))
			.anySatisfy(s -> assertThat(Set.of(s.customerA(), s.customerB()))
				.containsExactlyInAnyOrder(first.customerId(), second.customerId()));
	}

	@Test
	void invalidIdentifiersAreNamedAndNothingIsWritten() {
		long customersBefore = count("SELECT count(*) FROM customers");
		assertThatThrownBy(() -> resolve(Identifier.phone(newMobile()), Identifier.phone("12345"),
				Identifier.email("not-an-email"), Identifier.wechatOpenId("", token())))
			.isInstanceOfSatisfying(ProblemException.class, problem -> {
				@SuppressWarnings("unchecked")
				List<ProblemException.FieldProblem> errors = (List<ProblemException.FieldProblem>) problem.properties()
					.get("errors");
				assertThat(errors).extracting(ProblemException.FieldProblem::field)
					.containsExactly("identifiers[1]", "identifiers[2]", "identifiers[3]");
			});
		assertThat(count("SELECT count(*) FROM customers")).isEqualTo(customersBefore);
	}

	@Test
	void aNationalIdNumberIsMatchedByKeyedHashAndStoredOnlyEncrypted() {
		String number = "11010519491231002X";
		Resolution first = resolve(Identifier.nationalId(number));
		Resolution again = resolve(Identifier.nationalId(number.toLowerCase()));

		assertThat(again.customerId()).isEqualTo(first.customerId());
		var stored = this.jdbc.sql(
				"SELECT identifier, protected_value FROM customer_identities WHERE customer_id = ? AND kind = 'NATIONAL_ID'")
			.param(first.customerId())
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
			.single();
		assertThat(stored).noneSatisfy(value -> assertThat(value).contains("19491231"));
		assertThat(stored.stream().collect(Collectors.joining())).doesNotContain(number);
	}

}
