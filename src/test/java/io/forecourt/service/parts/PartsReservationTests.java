package io.forecourt.service.parts;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.service.PartQuantity;
import io.forecourt.service.PartStockLow;
import io.forecourt.service.PartStockRestored;
import io.forecourt.service.PartsConsumed;
import io.forecourt.service.PartsReleased;
import io.forecourt.service.PartsReserved;
import io.forecourt.service.ServiceTest;
import io.forecourt.service.ServiceWork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What repair orders get from {@link PartsReservations}: all or nothing, idempotent per
 * order and part, with every change journalled, and the low-stock alert raised once per
 * crossing and cleared by goods received.
 */
@ServiceTest
class PartsReservationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	java.time.Clock clock;

	@Autowired
	PartsReservations reservations;

	@Autowired
	PlatformTransactionManager transactions;

	PartsWork parts;

	ServiceWork.Dealer dealer;

	@BeforeAll
	void work() throws Exception {
		this.parts = new PartsWork(new ServiceWork(this.mvc, this.jdbc, this.accounts, this.clock));
		this.dealer = this.parts.work.dealer();
	}

	@Test
	void reservingAgainIsIdempotentAndAnotherQuantitySetsWhatTheOrderHolds(ApplicationEvents events) throws Exception {
		String part = this.parts.onShelf(this.dealer, "IDEM", 10, 0);
		UUID order = UUID.randomUUID();
		reserve(order, PartLine.of(part, 4));
		reserve(order, PartLine.of(part, 4));
		assertThat(this.parts.figures(this.dealer.id(), part)).isEqualTo(new PartsWork.Figures(10, 4));
		assertThat(events.stream(PartsReserved.class)).singleElement()
			.satisfies(e -> assertThat(e.changes()).containsExactly(new PartQuantity(part, 4)));

		// a smaller quantity gives the difference back, a larger one takes more
		List<PartReservation> lines = reserve(order, PartLine.of(part, 1));
		assertThat(lines).singleElement().satisfies(line -> {
			assertThat(line.quantity()).isEqualTo(1);
			assertThat(line.status()).isEqualTo(ReservationStatus.RESERVED);
		});
		assertThat(this.parts.figures(this.dealer.id(), part)).isEqualTo(new PartsWork.Figures(10, 1));
		reserve(order, PartLine.of(part, 6));
		assertThat(this.parts.figures(this.dealer.id(), part)).isEqualTo(new PartsWork.Figures(10, 6));
		assertThat(kinds(part)).containsExactly("RECEIPT", "RESERVATION", "RELEASE", "RESERVATION");
		assertThat(this.parts.journal(this.dealer.id(), part)).isEqualTo(new PartsWork.Figures(10, 6));
	}

	@Test
	void aShortPartReservesNothingAndNamesEveryShortPartWithWhatIsAvailable() throws Exception {
		String plenty = this.parts.onShelf(this.dealer, "PL", 10, 0);
		String few = this.parts.onShelf(this.dealer, "FEW", 2, 0);
		String none = this.parts.part("NONE");
		String successor = this.parts.part("NEW");
		change(none, "{\"supersededBy\": \"" + successor + "\"}");
		UUID order = UUID.randomUUID();
		assertThatThrownBy(() -> reserve(order, PartLine.of(plenty, 3), PartLine.of(few, 5), PartLine.of(none, 1)))
			.isInstanceOfSatisfying(PartsShortage.class, ex -> {
				assertThat(ex.type()).isEqualTo(ProblemType.CONFLICT);
				assertThat(ex.shortages()).containsExactlyInAnyOrder(new PartsShortage.Shortage(few, 5, 0, 2, null),
						new PartsShortage.Shortage(none, 1, 0, 0, successor));
				assertThat(ex.getMessage()).contains(few)
					.contains("available 2")
					.contains("superseded by " + successor);
			});
		// nothing was held, not even the part there was enough of
		assertThat(this.parts.figures(this.dealer.id(), plenty)).isEqualTo(new PartsWork.Figures(10, 0));
		assertThat(this.parts.figures(this.dealer.id(), few)).isEqualTo(new PartsWork.Figures(2, 0));
		assertThat(kinds(plenty)).containsExactly("RECEIPT");
		assertThat(this.reservations.reservationsOf(order)).isEmpty();

		// what the order holds counts towards what it asks for
		reserve(order, PartLine.of(few, 2));
		assertThatThrownBy(() -> reserve(order, PartLine.of(few, 3))).isInstanceOfSatisfying(PartsShortage.class,
				ex -> assertThat(ex.shortages()).containsExactly(new PartsShortage.Shortage(few, 3, 2, 0, null)));
		assertThat(this.parts.figures(this.dealer.id(), few)).isEqualTo(new PartsWork.Figures(2, 2));
	}

	@Test
	void aShortageDoesNotRollBackTheRepairOrdersOwnTransaction() throws Exception {
		String part = this.parts.onShelf(this.dealer, "TX", 1, 0);
		UUID order = UUID.randomUUID();
		String marker = "waiting-" + order;
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			try {
				reserve(order, PartLine.of(part, 2));
			}
			catch (PartsShortage ex) {
				// the repair order records that it waits for parts, in the same
				// transaction
				this.jdbc
					.sql("INSERT INTO audit_log (occurred_at, actor, actor_kind, action, resource_type,"
							+ " resource_id) VALUES (CURRENT_TIMESTAMP, 'test', 'SYSTEM', 'UPDATE', 'test', ?)")
					.param(marker)
					.update();
			}
		});
		assertThat(this.parts.work.count("SELECT count(*) FROM audit_log WHERE resource_id = ?", marker)).isOne();
		assertThat(this.parts.figures(this.dealer.id(), part)).isEqualTo(new PartsWork.Figures(1, 0));
	}

	@Test
	void releaseAndConsumeAreIdempotentAndTheJournalExplainsOnHand(ApplicationEvents events) throws Exception {
		String oil = this.parts.onShelf(this.dealer, "OIL", 20, 0);
		String filter = this.parts.onShelf(this.dealer, "FLT", 5, 0);
		UUID order = UUID.randomUUID();
		reserve(order, PartLine.of(oil, 5), PartLine.of(filter, 1));

		CurrentAccess.asSystem(() -> this.reservations.release(order, filter));
		CurrentAccess.asSystem(() -> this.reservations.release(order, filter));
		assertThat(this.parts.figures(this.dealer.id(), filter)).isEqualTo(new PartsWork.Figures(5, 0));
		assertThat(events.stream(PartsReleased.class)).singleElement()
			.satisfies(e -> assertThat(e.parts()).containsExactly(new PartQuantity(filter, 1)));

		List<PartReservation> after = CurrentAccess.asSystem(() -> this.reservations.consume(order));
		CurrentAccess.asSystem(() -> this.reservations.consume(order));
		CurrentAccess.asSystem(() -> this.reservations.release(order));
		assertThat(after).extracting(PartReservation::partNumber, PartReservation::status)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(oil, ReservationStatus.CONSUMED),
					org.assertj.core.groups.Tuple.tuple(filter, ReservationStatus.RELEASED));
		assertThat(this.parts.figures(this.dealer.id(), oil)).isEqualTo(new PartsWork.Figures(15, 0));
		assertThat(this.parts.journal(this.dealer.id(), oil)).isEqualTo(new PartsWork.Figures(15, 0));
		assertThat(kinds(oil)).containsExactly("RECEIPT", "RESERVATION", "CONSUMPTION");
		assertThat(events.stream(PartsConsumed.class)).singleElement()
			.satisfies(e -> assertThat(e.parts()).containsExactly(new PartQuantity(oil, 5)));

		// consumed parts are gone: the order cannot hold that part again
		assertThatThrownBy(() -> reserve(order, PartLine.of(oil, 1))).isInstanceOfSatisfying(ProblemException.class,
				ex -> assertThat(ex.type()).isEqualTo(ProblemType.CONFLICT));
		// calls for an order that never reserved do nothing
		assertThat(CurrentAccess.asSystem(() -> this.reservations.consume(UUID.randomUUID()))).isEmpty();
		assertThat(CurrentAccess.asSystem(() -> this.reservations.release(UUID.randomUUID()))).isEmpty();
	}

	@Test
	void theLowStockAlertIsRaisedOncePerCrossingAndGoodsReceivedClearIt(ApplicationEvents events) throws Exception {
		// stocked with nothing on hand, the part was low until its first goods came
		String part = this.parts.onShelf(this.dealer, "LOW", 6, 4);
		assertThat(events.stream(PartStockLow.class)).singleElement()
			.satisfies(low -> assertThat(low.available()).isZero());
		assertThat(events.stream(PartStockRestored.class)).hasSize(1);
		events.clear();
		reserve(UUID.randomUUID(), PartLine.of(part, 2));
		assertThat(events.stream(PartStockLow.class)).isEmpty();
		reserve(UUID.randomUUID(), PartLine.of(part, 1));
		reserve(UUID.randomUUID(), PartLine.of(part, 1));
		assertThat(events.stream(PartStockLow.class)).singleElement().satisfies(low -> {
			assertThat(low.dealerId()).isEqualTo(this.dealer.id());
			assertThat(low.partNumber()).isEqualTo(part);
			assertThat(low.available()).isEqualTo(3);
			assertThat(low.reorderPoint()).isEqualTo(4);
			assertThat(low.reorderQuantity()).isEqualTo(10);
		});
		assertThat(lowSince(part)).isNotNull();

		this.parts.receive(this.dealer, Map.of(part, 10));
		assertThat(events.stream(PartStockRestored.class)).singleElement()
			.satisfies(restored -> assertThat(restored.available()).isEqualTo(12));
		assertThat(lowSince(part)).isNull();

		// falling again raises it again
		reserve(UUID.randomUUID(), PartLine.of(part, 9));
		assertThat(events.stream(PartStockLow.class)).hasSize(2);
	}

	@Test
	void badRequestsNameEveryBadFieldAndReserveNothing() throws Exception {
		String part = this.parts.onShelf(this.dealer, "BAD", 5, 0);
		UUID order = UUID.randomUUID();
		assertThatThrownBy(() -> reserve(order, PartLine.of(part, 1), new PartLine("not a part", 1),
				new PartLine(part, 2), new PartLine("ZZ999-UNKNOWN", 0), PartLine.of(PartsWork.newNumber("X"), 1)))
			.isInstanceOfSatisfying(ProblemException.class, ex -> {
				assertThat(ex.type()).isEqualTo(ProblemType.VALIDATION);
				assertThat(fields(ex)).contains("lines[1].partNumber", "lines[2].partNumber", "lines[3].quantity",
						"lines[4].partNumber");
			});
		assertThatThrownBy(() -> CurrentAccess
			.asSystem(() -> this.reservations.reserve(UUID.randomUUID(), order, List.of(PartLine.of(part, 1)))))
			.isInstanceOfSatisfying(ProblemException.class, ex -> assertThat(fields(ex)).contains("dealerId"));
		assertThat(this.parts.figures(this.dealer.id(), part)).isEqualTo(new PartsWork.Figures(5, 0));

		// an order reserves at one dealer only
		reserve(order, PartLine.of(part, 1));
		ServiceWork.Dealer other = this.parts.work.dealer();
		String there = this.parts.onShelf(other, "THERE", 5, 0);
		assertThatThrownBy(() -> CurrentAccess
			.asSystem(() -> this.reservations.reserve(other.id(), order, List.of(PartLine.of(there, 1)))))
			.isInstanceOfSatisfying(ProblemException.class,
					ex -> assertThat(ex.type()).isEqualTo(ProblemType.CONFLICT));
		assertThat(this.parts.figures(other.id(), there)).isEqualTo(new PartsWork.Figures(5, 0));
	}

	private List<PartReservation> reserve(UUID order, PartLine... lines) {
		return CurrentAccess.asSystem(() -> this.reservations.reserve(this.dealer.id(), order, List.of(lines)));
	}

	private void change(String part, String json) throws Exception {
		String etag = this.parts.work.read(this.parts.work.hq, "/api/v1/service/parts/" + part)
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		this.mvc
			.perform(ServiceWork
				.as(this.parts.work.hq,
						org.springframework.test.web.servlet.request.MockMvcRequestBuilders
							.patch("/api/v1/service/parts/" + part))
				.header("If-Match", etag)
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content(json))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
	}

	private List<String> kinds(String part) {
		return this.jdbc
			.sql("SELECT kind FROM service_parts_movements WHERE dealer_id = ? AND part_number = ? ORDER BY id")
			.params(this.dealer.id(), part)
			.query(String.class)
			.list();
	}

	private java.sql.@org.jspecify.annotations.Nullable Timestamp lowSince(String part) {
		return this.jdbc.sql("SELECT low_since FROM service_parts_stock WHERE dealer_id = ? AND part_number = ?")
			.params(this.dealer.id(), part)
			.query((rs, n) -> java.util.Optional.ofNullable(rs.getTimestamp(1)))
			.single()
			.orElse(null);
	}

	@SuppressWarnings("unchecked")
	private static List<String> fields(ProblemException ex) {
		return ((List<ProblemException.FieldProblem>) ex.properties().get("errors")).stream()
			.map(ProblemException.FieldProblem::field)
			.toList();
	}

}
