package io.forecourt.leads.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.forecourt.leads.LeadStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Leads for funnel tests, written straight into the table as follow-ups and the sales
 * module would leave them: each in a channel of its own test, so no other test's leads
 * count.
 */
final class FunnelLeads {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	private final String channel;

	FunnelLeads(JdbcClient jdbc, String channel) {
		this.jdbc = jdbc;
		this.channel = channel;
	}

	/** A channel name no other test uses, e.g. {@code funnel-k3j9x2}. */
	static String uniqueChannel(String prefix) {
		return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
	}

	String channel() {
		return this.channel;
	}

	/** The first sales consultants of a demo dealer, by name. */
	static List<UUID> consultantsOf(JdbcClient jdbc, UUID dealerId) {
		return jdbc.sql("SELECT id FROM staff WHERE dealer_id = ? AND roles LIKE '%SALES_CONSULTANT%' ORDER BY name")
			.param(dealerId)
			.query(UUID.class)
			.list();
	}

	static String staffName(JdbcClient jdbc, UUID id) {
		return jdbc.sql("SELECT name FROM staff WHERE id = ?").param(id).query(String.class).single();
	}

	/**
	 * A lead captured at {@code capturedAt} (Shanghai time) that reached the stages up to
	 * and including {@code reached} (CONTACTED ... DELIVERED, or null for none).
	 */
	UUID lead(@Nullable UUID dealerId, @Nullable UUID consultantId, @Nullable String model, LeadStatus status,
			String capturedAt, Stage... reached) {
		UUID id = UUID.randomUUID();
		Instant captured = LocalDateTime.parse(capturedAt).atZone(SHANGHAI).toInstant();
		Timestamp at = Timestamp.from(captured);
		this.jdbc.sql("""
				INSERT INTO leads (id, dealer_id, consultant_id, brand, channel, name, phone_valid, status,
				    model_of_interest, purchase_timeframe, test_drive_requested, consent_marketing, captured_at,
				    updated_at, version, contacted_at, visited_at, test_driven_at, ordered_at, delivered_at)
				VALUES (:id, :dealer, :consultant, 'huaxia', :channel, 'Funnel Test', TRUE, :status, :model,
				    'WITHIN_30_DAYS', FALSE, FALSE, :at, :at, 0, :contacted, :visited, :testDriven, :ordered,
				    :delivered)""")
			.param("id", id)
			.param("dealer", dealerId)
			.param("consultant", consultantId)
			.param("channel", this.channel)
			.param("status", status.name())
			.param("model", model)
			.param("at", at)
			.param("contacted", stageAt(reached, Stage.CONTACTED, captured, 1))
			.param("visited", stageAt(reached, Stage.VISITED, captured, 48))
			.param("testDriven", stageAt(reached, Stage.TEST_DRIVEN, captured, 50))
			.param("ordered", stageAt(reached, Stage.ORDERED, captured, 100))
			.param("delivered", stageAt(reached, Stage.DELIVERED, captured, 400))
			.update();
		source(id, this.channel, captured);
		return id;
	}

	/** Another arrival of the lead's person, attached to it as a duplicate. */
	void duplicate(UUID leadId, String channel, String arrivedAt) {
		source(leadId, channel, LocalDateTime.parse(arrivedAt).atZone(SHANGHAI).toInstant());
	}

	private void source(UUID leadId, String channel, Instant at) {
		this.jdbc.sql("INSERT INTO lead_sources (id, lead_id, channel, captured_at) VALUES (:id, :lead, :channel, :at)")
			.param("id", UUID.randomUUID())
			.param("lead", leadId)
			.param("channel", channel)
			.param("at", Timestamp.from(at))
			.update();
	}

	private static @Nullable Timestamp stageAt(Stage[] reached, Stage stage, Instant captured, int hoursLater) {
		for (Stage done : reached) {
			if (done == stage) {
				return Timestamp.from(captured.plusSeconds(hoursLater * 3600L));
			}
		}
		return null;
	}

	/** The stages a follow-up or the sales module stamps on a lead. */
	enum Stage {

		CONTACTED, VISITED, TEST_DRIVEN, ORDERED, DELIVERED

	}

}
