package io.forecourt.service.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import io.forecourt.service.ServiceWork;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Parts of the tests' own (part numbers no other test uses) at dealers of their own, put
 * in the master and on the shelf through the API, and the figures the tests check.
 */
final class PartsWork {

	final ServiceWork work;

	PartsWork(ServiceWork work) {
		this.work = work;
	}

	/** A part number no other test has: {@code ZP9<random>-<suffix>}. */
	static String newNumber(String suffix) {
		return "ZP9" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36).toUpperCase() + "-"
				+ suffix;
	}

	/** Adds a part to the master as HQ. */
	String part(String suffix) throws Exception {
		String number = newNumber(suffix);
		this.work.send(this.work.hq, "/api/v1/service/parts", """
				{"partNumber": "%s", "nameZh": "零件 %s", "nameEn": "Part %s", "unit": "PIECE", "listPrice": 88.50}
				""".formatted(number, suffix, suffix)).andExpect(status().isCreated());
		return number;
	}

	/** Stocks the part at the dealer with these settings, as its manager. */
	void stock(ServiceWork.Dealer dealer, String part, int reorderPoint, int reorderQuantity) throws Exception {
		this.work.mvc
			.perform(ServiceWork
				.as(dealer.manager(),
						org.springframework.test.web.servlet.request.MockMvcRequestBuilders
							.put("/api/v1/service/dealers/" + dealer.id() + "/parts-stock/" + part))
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{\"reorderPoint\": %d, \"reorderQuantity\": %d, \"binLocation\": \"A-01\"}"
					.formatted(reorderPoint, reorderQuantity)))
			.andExpect(status().isCreated());
	}

	/** Receives goods at the dealer as its service advisor. */
	void receive(ServiceWork.Dealer dealer, Map<String, Integer> quantities) throws Exception {
		List<String> lines = new ArrayList<>();
		quantities.forEach(
				(part, quantity) -> lines.add("{\"partNumber\": \"%s\", \"quantity\": %d}".formatted(part, quantity)));
		this.work.mvc
			.perform(ServiceWork
				.as(dealer.advisor(),
						org.springframework.test.web.servlet.request.MockMvcRequestBuilders
							.post("/api/v1/service/dealers/" + dealer.id() + "/parts-stock/receipts"))
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{\"deliveryNote\": \"DN-1\", \"lines\": [" + String.join(",", lines) + "]}"))
			.andExpect(status().isCreated());
	}

	/** A part stocked at the dealer with this many on hand. */
	String onShelf(ServiceWork.Dealer dealer, String suffix, int onHand, int reorderPoint) throws Exception {
		String part = part(suffix);
		stock(dealer, part, reorderPoint, 10);
		if (onHand > 0) {
			receive(dealer, Map.of(part, onHand));
		}
		return part;
	}

	record Figures(int onHand, int reserved) {
	}

	Figures figures(UUID dealer, String part) {
		return this.work.jdbc
			.sql("SELECT on_hand, reserved FROM service_parts_stock WHERE dealer_id = ? AND part_number = ?")
			.params(dealer, part)
			.query((rs, n) -> new Figures(rs.getInt(1), rs.getInt(2)))
			.single();
	}

	/** The figures the journal explains: the sums of its changes. */
	Figures journal(UUID dealer, String part) {
		return this.work.jdbc.sql("""
				SELECT COALESCE(SUM(on_hand_change), 0), COALESCE(SUM(reserved_change), 0)
				FROM service_parts_movements WHERE dealer_id = ? AND part_number = ?
				""").params(dealer, part).query((rs, n) -> new Figures(rs.getInt(1), rs.getInt(2))).single();
	}

	/** What repair orders hold of the part at the dealer, by their reservation rows. */
	int heldByOrders(UUID dealer, String part) {
		return this.work.jdbc.sql("""
				SELECT COALESCE(SUM(quantity), 0) FROM service_parts_reservations
				WHERE dealer_id = ? AND part_number = ? AND status = 'RESERVED'
				""").params(dealer, part).query(Integer.class).single();
	}

	/**
	 * Records the events of one type published on any thread (ApplicationEvents sees only
	 * the test's own), until closed.
	 */
	static final class Recorder<T> implements ApplicationListener<ApplicationEvent>, AutoCloseable {

		final List<T> events = new CopyOnWriteArrayList<>();

		private final Class<T> type;

		private final ApplicationEventMulticaster multicaster;

		Recorder(ConfigurableApplicationContext context, Class<T> type) {
			this.type = type;
			this.multicaster = context.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME,
					ApplicationEventMulticaster.class);
			this.multicaster.addApplicationListener(this);
		}

		@Override
		public void onApplicationEvent(ApplicationEvent event) {
			if (event instanceof PayloadApplicationEvent<?> payload && this.type.isInstance(payload.getPayload())) {
				this.events.add(this.type.cast(payload.getPayload()));
			}
		}

		@Override
		public void close() {
			this.multicaster.removeApplicationListener(this);
		}

	}

}
