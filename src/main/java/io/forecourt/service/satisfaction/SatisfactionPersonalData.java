package io.forecourt.service.satisfaction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.forecourt.identity.CustomerErased;
import io.forecourt.identity.PersonalDataSection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The surveys' and complaints' part of a person's data: their answers and complaints in
 * an export (not the survey links, which are credentials), and on erasure the owner's own
 * words (comments) removed; scores, dates and the dealer's handling stay for the dealer's
 * figures.
 */
@Component
class SatisfactionPersonalData implements PersonalDataSection {

	private final JdbcClient jdbc;

	SatisfactionPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "service-satisfaction";
	}

	@Override
	public Object export(Set<UUID> customerIds) {
		Map<String, Object> section = new LinkedHashMap<>();
		if (customerIds.isEmpty()) {
			section.put("surveys", List.of());
			section.put("complaints", List.of());
			return section;
		}
		section.put("surveys",
				this.jdbc
					.sql("SELECT id, repair_order_id, dealer_id, vin, plate, status, channel, delivered_at, sent_at,"
							+ " expires_at, score, comment, answered_at FROM service_satisfaction_surveys"
							+ " WHERE customer_id IN (:ids) ORDER BY delivered_at")
					.param("ids", customerIds)
					.query()
					.listOfRows());
		section.put("complaints", this.jdbc
			.sql("SELECT id, repair_order_id, dealer_id, score, comment, status, opened_at, due_at, escalation_level,"
					+ " response, responded_at, resolution, resolved_at FROM service_complaints"
					+ " WHERE customer_id IN (:ids) ORDER BY opened_at")
			.param("ids", customerIds)
			.query()
			.listOfRows());
		return section;
	}

	@ApplicationModuleListener
	void on(CustomerErased event) {
		if (event.erasedIds().isEmpty()) {
			return;
		}
		this.jdbc.sql("UPDATE service_satisfaction_surveys SET comment = NULL WHERE customer_id IN (:ids)")
			.param("ids", event.erasedIds())
			.update();
		this.jdbc.sql("UPDATE service_complaints SET comment = NULL WHERE customer_id IN (:ids)")
			.param("ids", event.erasedIds())
			.update();
	}

}
