package io.forecourt.sales.orders;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.forecourt.kernel.jdbc.Where;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.network.DealerNetwork;
import io.forecourt.network.DealerSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Orders as staff, the brand app and the buyer read them. */
@Service
@Transactional(readOnly = true)
public class OrderReads {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final SalesOrders orders;

	private final OrderAccess access;

	private final DealerNetwork network;

	private final ZoneId buyerZone;

	OrderReads(SalesOrders orders, OrderAccess access, DealerNetwork network,
			@Value("${forecourt.sales.orders.buyer-zone:Asia/Shanghai}") ZoneId buyerZone) {
		this.orders = orders;
		this.access = access;
		this.network = network;
		this.buyerZone = buyerZone;
	}

	/**
	 * @throws ProblemException not found, also outside the caller's scope
	 */
	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	public OrderView view(UUID id) {
		SalesOrder order = this.access.visible(id);
		return OrderView.of(order, this.orders.steps(id));
	}

	/**
	 * Orders within the caller's scope, latest first.
	 * @param consultantId only the orders this consultant sold
	 */
	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	public Page<OrderView.Summary> find(@Nullable OrderStatus status, @Nullable UUID consultantId,
			@Nullable UUID leadId, PageRequest page) {
		Where where = Where.scoped(this.access.scope())
			.and("o.status = :status", "status", status == null ? null : status.name())
			.and("o.consultant_id = :consultant", "consultant", consultantId)
			.and("o.lead_id = :lead", "lead", leadId);
		return Page.of(this.orders.find(where, page).stream().map(OrderView.Summary::of).toList(), page,
				this.orders.count(where));
	}

	/**
	 * The pipeline: open orders by state (oldest first within a state is the work order,
	 * but the latest are shown first so new ones are seen), at most {@code perState}
	 * each.
	 */
	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	public Map<OrderStatus, List<OrderView.Summary>> pipeline(@Nullable UUID consultantId, int perState) {
		Map<OrderStatus, List<OrderView.Summary>> columns = new EnumMap<>(OrderStatus.class);
		for (OrderStatus status : OrderStatus.values()) {
			if (status == OrderStatus.VIN_ALLOCATED) {
				// a car from stock arrives at once; the column would always be empty
				continue;
			}
			columns.put(status, find(status, consultantId, null, new PageRequest(0, perState)).items());
		}
		return columns;
	}

	/** What each cancel reason would refund now. */
	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	public Map<CancelReason, CancellationPolicy.Refund> cancellationQuotes(UUID id) {
		SalesOrder order = this.access.visible(id);
		Map<CancelReason, CancellationPolicy.Refund> quotes = new EnumMap<>(CancelReason.class);
		if (!order.status().isFinal()) {
			for (CancelReason reason : CancelReason.values()) {
				quotes.put(reason, order.refundIf(reason));
			}
		}
		return quotes;
	}

	/**
	 * The buyer's view behind the unguessable link; no scope (the link is the
	 * credential).
	 * @throws ProblemException not found for an unknown link
	 */
	public OrderProgress progress(String token) {
		SalesOrder order = this.orders.findByProgressToken(token)
			.orElseThrow(() -> ProblemException.notFound("Order progress", "link"));
		List<SalesOrder.Step> reached = this.orders.steps(order.id());
		List<OrderProgress.Step> steps = new ArrayList<>();
		for (OrderStatus status : OrderStatus.PATH) {
			SalesOrder.Step step = reached.stream().filter(s -> s.status() == status).findFirst().orElse(null);
			if (step == null && status == OrderStatus.IN_TRANSIT && order.status() != OrderStatus.IN_TRANSIT
					&& reached.stream().anyMatch(s -> s.status() == OrderStatus.ARRIVED)) {
				continue; // the car came from the dealer's own stock: it never travelled
			}
			steps.add(new OrderProgress.Step(status, step == null ? null : step.at(),
					step == null ? null : LOCAL.format(step.at().atZone(this.buyerZone))));
		}
		SalesOrder.Step cancelled = reached.stream()
			.filter(s -> s.status() == OrderStatus.CANCELLED)
			.findFirst()
			.orElse(null);
		DealerSummary dealer = this.network.dealer(order.dealerId()).orElseThrow();
		return new OrderProgress(order.buyerFirstName(), order.car().nameZh(), order.car().nameEn(),
				order.car().exteriorColourCode(), order.car().interiorColourCode(), dealer.nameZh(), dealer.nameEn(),
				order.status(), steps, cancelled == null ? null : cancelled.at(),
				cancelled == null ? null : LOCAL.format(cancelled.at().atZone(this.buyerZone)));
	}

}
