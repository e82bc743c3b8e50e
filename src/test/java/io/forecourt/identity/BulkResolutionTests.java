package io.forecourt.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import io.forecourt.identity.domain.Merging;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.vehicle.Vin;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk resolution gives every request the outcome one-by-one resolution would have given
 * it. The same script runs twice over identically prepared customers (with different
 * numbers, so the two runs do not meet): once request by request through
 * {@link CustomerIdentification#resolve}, once in one call to
 * {@link CustomerIdentification#resolveAll}. Customers are compared by role, since ids
 * differ between the runs.
 */
@SpringBootTest
@ActiveProfiles("test")
class BulkResolutionTests {

	@Autowired
	CustomerIdentification identification;

	@Autowired
	Merging merging;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	/** One run's identifiers and the customers prepared for it. */
	private final class Universe {

		final int base = freshBase();

		final String tag = "u" + UUID.randomUUID().toString().substring(0, 8);

		final Map<String, UUID> known = new LinkedHashMap<>();

		String phone(int n) {
			return "158" + String.format("%08d", this.base + n);
		}

		String email(String name) {
			return name + "." + this.tag + "@example.com";
		}

		String vin(int n) {
			String serial = String.format("%06d", (this.base / 10_000) * 10 + n).substring(0, 6);
			for (char check : "0123456789X".toCharArray()) {
				String candidate = "LFV2A21K" + check + "B3" + serial;
				try {
					return Vin.parse(candidate).value();
				}
				catch (IllegalArgumentException ex) {
					// not this check digit
				}
			}
			throw new IllegalStateException("no check digit fits " + serial);
		}

		/** Customers that exist before the script runs, created one by one. */
		void prepare() {
			this.known.put("A", resolve(Identifier.phone(phone(1)), Identifier.email(email("a"))));
			this.known.put("B", resolve(Identifier.phone(phone(2))));
			this.known.put("V", resolve(Identifier.phone(phone(3)), Identifier.vin(vin(1))));
			this.known.put("W",
					BulkResolutionTests.this.identification
						.resolve(new ResolutionRequest(List.of(Identifier.phone(phone(4))), "赵敏" + this.tag, "440100",
								"Huaxia X9", "test"))
						.customerId());
			this.known.put("S1", resolve(Identifier.phone(phone(5))));
			this.known.put("S2", resolve(Identifier.email(email("s2"))));
			resolve(Identifier.phone(phone(5)), Identifier.email(email("s2")));
			UUID younger = this.known.get("S2");
			CurrentAccess.asSystem(() -> BulkResolutionTests.this.transaction
				.executeWithoutResult(s -> BulkResolutionTests.this.merging.unmerge(younger)));
		}

		private UUID resolve(Identifier... identifiers) {
			return BulkResolutionTests.this.identification.resolve(ResolutionRequest.of("test", identifiers))
				.customerId();
		}

		/**
		 * The script: every rule of resolution, and later requests building on earlier.
		 */
		List<ResolutionRequest> script() {
			List<ResolutionRequest> script = new ArrayList<>();
			script.add(request(Identifier.phone(phone(11))));
			script.add(request(Identifier.phone("+86 " + phone(11)), Identifier.email(email("n1"))));
			script.add(request(Identifier.phone(phone(2)), Identifier.email(email("a"))));
			script.add(request(Identifier.phone(phone(12)), Identifier.email(email("n1"))));
			script.add(new ResolutionRequest(List.of(Identifier.phone(phone(13))), "赵敏" + this.tag, "440100",
					"Huaxia X9", "test"));
			script.add(request(Identifier.vin(vin(1))));
			script.add(request(Identifier.phone(phone(14)), Identifier.vin(vin(1))));
			script.add(request(Identifier.phone(phone(15))));
			script.add(request(Identifier.email(email("n5")), Identifier.phone(phone(15))));
			script.add(request(Identifier.phone(phone(5)), Identifier.email(email("s2"))));
			script.add(request(Identifier.phone("12")));
			script.add(request(Identifier.phone(phone(16)), Identifier.email(email("a"))));
			script.add(request(Identifier.phone(phone(17)), Identifier.phone(phone(11))));
			script.add(request(Identifier.phone(phone(18))));
			script.add(request(Identifier.phone(phone(18)), Identifier.phone(phone(1))));
			script.add(request(Identifier.phone(phone(19))));
			script.add(request(Identifier.phone(phone(20))));
			script.add(request(Identifier.phone(phone(20)), Identifier.phone(phone(19))));
			script.add(request(Identifier.phone(phone(19))));
			script.add(request(Identifier.vin(vin(2))));
			script.add(request(Identifier.vin(vin(2)), Identifier.phone(phone(21))));
			return script;
		}

		private ResolutionRequest request(Identifier... identifiers) {
			return ResolutionRequest.of("test", identifiers);
		}

		/**
		 * Names customers by their role: prepared ones by name, new ones by appearance.
		 */
		Function<UUID, String> labels() {
			Map<UUID, String> names = new LinkedHashMap<>();
			this.known.forEach((name, id) -> names.put(id, name));
			return id -> names.computeIfAbsent(id, k -> "new" + (names.size() - this.known.size() + 1));
		}

	}

	@Test
	void aBulkResolutionGivesEachRequestWhatResolvingThemOneByOneWould() {
		Universe single = new Universe();
		single.prepare();
		Function<UUID, String> singleLabels = single.labels();
		List<String> oneByOne = new ArrayList<>();
		for (ResolutionRequest request : single.script()) {
			try {
				oneByOne.add(describe(this.identification.resolve(request), singleLabels));
			}
			catch (io.forecourt.kernel.web.ProblemException ex) {
				oneByOne.add("rejected");
			}
		}

		Universe bulk = new Universe();
		bulk.prepare();
		Function<UUID, String> bulkLabels = bulk.labels();
		List<String> together = this.identification.resolveAll(bulk.script())
			.stream()
			.map(outcome -> outcome.resolution() == null ? "rejected" : describe(outcome.resolution(), bulkLabels))
			.toList();

		assertThat(together).containsExactlyElementsOf(oneByOne);
		assertThat(oneByOne).contains("A merged=[B]", "rejected", "new1 created");
		assertThat(state(bulk, bulkLabels)).isEqualTo(state(single, singleLabels));
		assertThat(suggestions(bulk, bulkLabels)).isEqualTo(suggestions(single, singleLabels))
			.containsExactly("V~new3", "W~new2", "new8~new9");
		decideSuggestions(single);
		decideSuggestions(bulk);
	}

	/**
	 * Rejects the runs' suggestions once compared, so they do not lengthen the review
	 * list that console tests page through.
	 */
	private void decideSuggestions(Universe universe) {
		Set<UUID> ids = customersOf(universe);
		this.jdbc.sql("SELECT id, customer_a, customer_b FROM merge_suggestions WHERE status = 'OPEN'")
			.query((rs, n) -> List.of(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class)))
			.list()
			.stream()
			.filter(row -> ids.contains(row.get(1)) || ids.contains(row.get(2)))
			.forEach(row -> this.jdbc
				.sql("UPDATE merge_suggestions SET status = 'REJECTED', decided_by = 'test',"
						+ " decided_at = CURRENT_TIMESTAMP WHERE id = ?")
				.param(row.get(0))
				.update());
	}

	@Test
	void aBulkResolutionOfNothingChangesNothing() {
		long customers = this.jdbc.sql("SELECT count(*) FROM customers").query(Long.class).single();
		assertThat(this.identification.resolveAll(List.of())).isEmpty();
		assertThat(this.jdbc.sql("SELECT count(*) FROM customers").query(Long.class).single()).isEqualTo(customers);
	}

	@Test
	void customersCreatedInBulkAreAuditedFilledInAndOnTheTimeline() {
		String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
		List<ResolutionOutcome> outcomes = this.identification.resolveAll(
				List.of(new ResolutionRequest(List.of(Identifier.phone(phone)), null, "310100", null, "lead:import"),
						new ResolutionRequest(List.of(Identifier.phone(phone)), "Qian Ming", "110100", "Aurora",
								"lead:import")));
		UUID customer = outcomes.get(0).resolution().customerId();
		assertThat(outcomes.get(1).resolution().customerId()).isEqualTo(customer);
		assertThat(this.jdbc.sql("SELECT name || '/' || city_code || '/' || model_interest FROM customers WHERE id = ?")
			.param(customer)
			.query(String.class)
			.single()).as("the first value of each field wins, as one by one").isEqualTo("Qian Ming/310100/Aurora");
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_log WHERE resource_type = 'customer' AND resource_id = ?")
			.param(customer.toString())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc
			.sql("SELECT summary FROM customer_timeline WHERE customer_id = ? AND type = 'CUSTOMER_CREATED'")
			.param(customer)
			.query(String.class)
			.list()).containsExactly("First seen (source lead:import)");
	}

	private static String describe(Resolution resolution, Function<UUID, String> labels) {
		String text = labels.apply(resolution.customerId());
		if (resolution.created()) {
			text += " created";
		}
		if (!resolution.merged().isEmpty()) {
			text += " merged=" + resolution.merged().stream().map(labels).toList();
		}
		return text;
	}

	/** Which customer (now) each identifier of the universe belongs to, by role. */
	private Map<String, String> state(Universe universe, Function<UUID, String> labels) {
		Map<String, String> state = new LinkedHashMap<>();
		for (int i = 1; i <= 21; i++) {
			int n = i;
			String phone = "+86" + universe.phone(n);
			this.jdbc
				.sql("SELECT COALESCE(c.merged_into, c.id) FROM customer_identities i JOIN customers c"
						+ " ON c.id = i.customer_id WHERE i.identifier = ?")
				.param(phone)
				.query(UUID.class)
				.optional()
				.ifPresent(owner -> state.put("phone" + n, labels.apply(owner)));
		}
		return state;
	}

	/** Open suggestions among the universe's customers, as pairs of roles. */
	private Set<String> suggestions(Universe universe, Function<UUID, String> labels) {
		Set<String> pairs = new TreeSet<>();
		Set<UUID> ids = customersOf(universe);
		this.jdbc.sql("SELECT customer_a, customer_b FROM merge_suggestions WHERE status = 'OPEN'")
			.query((rs, n) -> List.of(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.list()
			.stream()
			.filter(pair -> ids.contains(pair.get(0)) && ids.contains(pair.get(1)))
			.forEach(pair -> {
				String a = labels.apply(pair.get(0));
				String b = labels.apply(pair.get(1));
				pairs.add(a.compareTo(b) < 0 ? a + "~" + b : b + "~" + a);
			});
		return pairs;
	}

	/**
	 * A block of ten thousand phone numbers nobody holds yet: the demo data and earlier
	 * universes hold some (the demo's 15850090010 once made a universe's phone 10 appear
	 * owned).
	 */
	private int freshBase() {
		while (true) {
			int block = ThreadLocalRandom.current().nextInt(1_000, 9_000);
			long held = this.jdbc.sql("SELECT count(*) FROM customer_identities WHERE identifier LIKE ?")
				.param("+86158" + String.format("%04d", block) + "%")
				.query(Long.class)
				.single();
			if (held == 0) {
				return block * 10_000;
			}
		}
	}

	/** The customers holding the universe's identifiers. */
	private Set<UUID> customersOf(Universe universe) {
		return new java.util.HashSet<>(this.jdbc
			.sql("SELECT customer_id FROM customer_identities WHERE identifier LIKE ? OR identifier LIKE ?"
					+ " OR identifier LIKE ?")
			.params("%" + universe.tag + "%", "+86158" + String.format("%04d", universe.base / 10_000) + "%",
					"LFV2A21K_B3" + String.format("%06d", universe.base / 10_000 * 10).substring(0, 5) + "%")
			.query(UUID.class)
			.list());
	}

}
