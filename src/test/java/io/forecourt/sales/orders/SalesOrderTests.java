package io.forecourt.sales.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.sales.OrderArrived;
import io.forecourt.sales.OrderCancelled;
import io.forecourt.sales.OrderContractSigned;
import io.forecourt.sales.OrderDelivered;
import io.forecourt.sales.OrderDepositPaid;
import io.forecourt.sales.OrderInspected;
import io.forecourt.sales.OrderPlaced;
import io.forecourt.sales.OrderVinAllocated;
import io.forecourt.sales.Powertrain;
import io.forecourt.sales.PriceLine;
import io.forecourt.sales.PriceLineKind;
import io.forecourt.sales.PricedConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The order aggregate: each transition from its one state, with its event and step; every
 * other state refused.
 */
class SalesOrderTests {

	private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");

	/**
	 * A priced configuration as the catalog hands it over (the catalog is not needed
	 * here).
	 */
	private static final PricedConfiguration E5_LONG_RANGE = new PricedConfiguration("E5LR2345", "E5", "E5-LR",
			"PEARL-WHITE", "INT-BLACK", "华夏 E5 长续航版", "Huaxia E5 Long Range", Powertrain.BEV,
			List.of(new PriceLine(PriceLineKind.TRIM, "E5-LR", "长续航版", "Long Range", new BigDecimal("209900.00"),
					new BigDecimal("193108.00"), null),
					new PriceLine(PriceLineKind.EXTERIOR_COLOUR, "PEARL-WHITE", "珍珠白", "Pearl white",
							new BigDecimal("0.00"), new BigDecimal("0.00"), "E5-LR"),
					new PriceLine(PriceLineKind.INTERIOR_COLOUR, "INT-BLACK", "黑色内饰", "Black interior",
							new BigDecimal("0.00"), new BigDecimal("0.00"), "E5-LR")),
			new BigDecimal("209900.00"), new BigDecimal("193108.00"), LocalDate.of(2026, 11, 22),
			Instant.parse("2026-11-22T00:00:00Z"));

	private final UUID customer = UUID.randomUUID();

	private final UUID lead = UUID.randomUUID();

	private final UUID dealer = UUID.randomUUID();

	private SalesOrder placed() {
		return SalesOrder.place(UUID.randomUUID(), E5_LONG_RANGE, new BigDecimal("5000.00"), this.customer, "雷",
				this.lead, this.dealer, null, "token", NOW, "li.na");
	}

	/** Reloaded as the repository would: the same state, no pending events or steps. */
	private static SalesOrder reloaded(SalesOrder order) {
		return new SalesOrder(order.id(), order.car(), order.depositAmount(), order.customerId(),
				order.buyerFirstName(), order.leadId(), order.dealerId(), order.consultantId(), order.progressToken(),
				order.placedAt(), order.createdBy(), order.version() + 1, order.origin(),
				new SalesOrder.State(order.status(), order.depositPaymentId(), order.depositPaid(), order.vin(),
						order.stockVehicleId(), order.factoryOrderId(), order.cancelReason(), order.refunded(),
						order.forfeited()));
	}

	private SalesOrder in(OrderStatus status) {
		SalesOrder order = placed();
		if (status == OrderStatus.CREATED) {
			return reloaded(order);
		}
		order.depositPaid(UUID.randomUUID(), new BigDecimal("5000.00"), NOW);
		if (status == OrderStatus.DEPOSIT_PAID) {
			return reloaded(order);
		}
		order.contractSigned(NOW, "li.na");
		if (status == OrderStatus.CONTRACT_SIGNED) {
			return reloaded(order);
		}
		order.vinAllocated(TestVins.next().value(), UUID.randomUUID(), status == OrderStatus.IN_TRANSIT, NOW, "li.na");
		if (status == OrderStatus.IN_TRANSIT || status == OrderStatus.ARRIVED) {
			return reloaded(order);
		}
		order.pdiDone(NOW, "li.na");
		if (status == OrderStatus.PDI_DONE) {
			return reloaded(order);
		}
		if (status == OrderStatus.DELIVERED) {
			order.delivered(NOW, "li.na");
		}
		else {
			order.cancel(CancelReason.DEALER_CANCELLED, null, NOW, "li.na");
		}
		return reloaded(order);
	}

	@Test
	void placingKeepsThePricedSnapshotAndAnnouncesTheOrder() {
		SalesOrder order = placed();
		assertThat(order.status()).isEqualTo(OrderStatus.CREATED);
		assertThat(order.car().total()).isEqualByComparingTo("209900.00");
		assertThat(order.car().lines()).hasSize(3);
		assertThat(order.events()).singleElement().isInstanceOfSatisfying(OrderPlaced.class, e -> {
			assertThat(e.leadId()).isEqualTo(this.lead);
			assertThat(e.modelCode()).isEqualTo("E5");
			assertThat(e.trimCode()).isEqualTo("E5-LR");
			assertThat(e.total()).isEqualByComparingTo("209900.00");
		});
		assertThat(order.newSteps()).extracting(SalesOrder.Step::status).containsExactly(OrderStatus.CREATED);
	}

	@Test
	void eachTransitionMovesOnFromItsStateWithItsEvent() {
		SalesOrder order = in(OrderStatus.CREATED);
		order.depositPaid(UUID.randomUUID(), new BigDecimal("5000.00"), NOW);
		assertThat(order.status()).isEqualTo(OrderStatus.DEPOSIT_PAID);
		order.contractSigned(NOW, "li.na");
		order.vinAllocated(TestVins.next().value(), UUID.randomUUID(), true, NOW, "li.na");
		assertThat(order.status()).isEqualTo(OrderStatus.IN_TRANSIT);
		order.arrived(NOW, "stock");
		order.pdiDone(NOW, "li.na");
		order.delivered(NOW, "li.na");
		assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
		assertThat(order.events()).extracting(Object::getClass)
			.containsExactly(OrderDepositPaid.class, OrderContractSigned.class, OrderVinAllocated.class,
					OrderArrived.class, OrderInspected.class, OrderDelivered.class);
		assertThat(order.newSteps()).extracting(SalesOrder.Step::status)
			.containsExactly(OrderStatus.DEPOSIT_PAID, OrderStatus.CONTRACT_SIGNED, OrderStatus.VIN_ALLOCATED,
					OrderStatus.IN_TRANSIT, OrderStatus.ARRIVED, OrderStatus.PDI_DONE, OrderStatus.DELIVERED);
	}

	@Test
	void aCarFromTheDealersStockIsThereAtOnce() {
		SalesOrder order = in(OrderStatus.CONTRACT_SIGNED);
		order.vinAllocated(TestVins.next().value(), UUID.randomUUID(), false, NOW, "li.na");
		assertThat(order.status()).isEqualTo(OrderStatus.ARRIVED);
		assertThat(order.events()).extracting(Object::getClass)
			.containsExactly(OrderVinAllocated.class, OrderArrived.class);
	}

	@Test
	void aFactoryOrderLeavesTheOrderWaiting() {
		SalesOrder order = in(OrderStatus.CONTRACT_SIGNED);
		order.factoryOrdered(UUID.randomUUID());
		assertThat(order.status()).isEqualTo(OrderStatus.CONTRACT_SIGNED);
		assertThat(order.awaitsCar()).isTrue();
		assertThat(order.events()).isEmpty();
	}

	@Test
	void everyTransitionRefusesEveryOtherState() {
		refusedOutside(List.of(OrderStatus.CREATED),
				o -> o.depositPaid(UUID.randomUUID(), new BigDecimal("5000.00"), NOW));
		refusedOutside(List.of(OrderStatus.DEPOSIT_PAID), o -> o.contractSigned(NOW, "x"));
		refusedOutside(List.of(OrderStatus.CONTRACT_SIGNED),
				o -> o.vinAllocated(TestVins.next().value(), UUID.randomUUID(), false, NOW, "x"));
		refusedOutside(List.of(OrderStatus.IN_TRANSIT), o -> o.arrived(NOW, "x"));
		refusedOutside(List.of(OrderStatus.ARRIVED), o -> o.pdiDone(NOW, "x"));
		refusedOutside(List.of(OrderStatus.PDI_DONE), o -> o.delivered(NOW, "x"));
		refusedOutside(
				List.of(OrderStatus.CREATED, OrderStatus.DEPOSIT_PAID, OrderStatus.CONTRACT_SIGNED,
						OrderStatus.IN_TRANSIT, OrderStatus.ARRIVED, OrderStatus.PDI_DONE),
				o -> o.cancel(CancelReason.BUYER_WITHDREW, null, NOW, "x"));
	}

	private void refusedOutside(List<OrderStatus> allowed, Consumer<SalesOrder> transition) {
		for (OrderStatus status : OrderStatus.values()) {
			if (allowed.contains(status) || status == OrderStatus.VIN_ALLOCATED) {
				continue; // VIN_ALLOCATED is passed through, never stood in
			}
			SalesOrder order = in(status);
			assertThatExceptionOfType(ProblemException.class).as("from %s", status)
				.isThrownBy(() -> transition.accept(order))
				.satisfies(ex -> {
					assertThat(ex.type()).isEqualTo(ProblemType.CONFLICT);
					assertThat(ex.properties()).containsEntry("orderStatus", status.name());
				});
			assertThat(order.status()).isEqualTo(status);
			assertThat(order.events()).isEmpty();
			assertThat(order.newSteps()).isEmpty();
		}
	}

	@Test
	void cancellingAfterTheContractForfeitsTheBuyersDeposit() {
		SalesOrder order = in(OrderStatus.ARRIVED);
		CancellationPolicy.Refund refund = order.cancel(CancelReason.BUYER_WITHDREW, "changed mind", NOW, "li.na");
		assertThat(refund.forfeited()).isEqualByComparingTo("5000.00");
		assertThat(order.refunded()).isZero();
		assertThat(order.events()).singleElement().isInstanceOfSatisfying(OrderCancelled.class, e -> {
			assertThat(e.cancelledIn()).isEqualTo("ARRIVED");
			assertThat(e.reason()).isEqualTo("BUYER_WITHDREW");
			assertThat(e.forfeited()).isEqualByComparingTo("5000.00");
		});
	}

	@Test
	void aDepositAboveTheTotalIsRefused() {
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> SalesOrder.place(UUID.randomUUID(), E5_LONG_RANGE, new BigDecimal("300000.00"),
					this.customer, null, null, this.dealer, null, "t", NOW, "x"))
			.satisfies(ex -> assertThat(ex.type()).isEqualTo(ProblemType.VALIDATION));
	}

	@Test
	void aQuotedCarEndsWithTheDiscountAndCostsTheInvoicePrice() {
		SalesOrder.Snapshot quoted = SalesOrder.Snapshot.quoted(E5_LONG_RANGE, "Q261122-7KQ3",
				new BigDecimal("8000.00"), new BigDecimal("201900.00"));

		assertThat(quoted.total()).isEqualByComparingTo("201900.00");
		assertThat(quoted.lines()).hasSize(4).last().satisfies(line -> {
			assertThat(line.kind()).isEqualTo(PriceLineKind.DISCOUNT);
			assertThat(line.code()).isEqualTo("Q261122-7KQ3");
			assertThat(line.msrp()).isEqualByComparingTo("-8000.00");
			assertThat(line.dealerPrice()).isEqualByComparingTo("0");
		});
		assertThat(quoted.lines().stream().map(PriceLine::msrp).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo(quoted.total());
		assertThat(SalesOrder.Snapshot
			.quoted(E5_LONG_RANGE, "Q261122-7KQ4", BigDecimal.ZERO.setScale(2), new BigDecimal("209900.00"))
			.lines()).as("no discount, no discount line").hasSize(3);
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> SalesOrder.Snapshot
			.quoted(E5_LONG_RANGE, "Q261122-7KQ5", new BigDecimal("8000.00"), new BigDecimal("200000.00")));
	}

}
