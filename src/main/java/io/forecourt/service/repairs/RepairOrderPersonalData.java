package io.forecourt.service.repairs;

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
 * The repair orders' part of a person's data: their repair orders with lines and steps,
 * and the service history of those visits, in an export (never the progress link, which
 * is a secret); on erasure the first name the progress page greets them with is removed.
 * The vehicle's visits, work and prices stay: they are the car's history and the dealer's
 * books, tied to the person only through the customer id One ID erased.
 */
@Component
class RepairOrderPersonalData implements PersonalDataSection {

	private static final String ORDER_COLUMNS = """
			id, dealer_id, customer_id, appointment_id, service_type_code, vin, plate, mileage_km, owner_first_name,
			step, step_at, created_at, updated_at""";

	private final JdbcClient jdbc;

	RepairOrderPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "service-repair-orders";
	}

	@Override
	public Object export(Set<UUID> customerIds) {
		Map<String, Object> section = new LinkedHashMap<>();
		if (customerIds.isEmpty()) {
			section.put("repairOrders", List.of());
			return section;
		}
		section.put("repairOrders",
				this.jdbc
					.sql("SELECT " + ORDER_COLUMNS
							+ " FROM service_repair_orders WHERE customer_id IN (:ids) ORDER BY created_at")
					.param("ids", customerIds)
					.query()
					.listOfRows());
		section.put("lines", this.jdbc.sql("""
				SELECT l.* FROM service_repair_order_lines l JOIN service_repair_orders o ON o.id = l.repair_order_id
				WHERE o.customer_id IN (:ids)
				""").param("ids", customerIds).query().listOfRows());
		section.put("steps", this.jdbc.sql("""
				SELECT s.* FROM service_repair_order_steps s JOIN service_repair_orders o ON o.id = s.repair_order_id
				WHERE o.customer_id IN (:ids)
				""").param("ids", customerIds).query().listOfRows());
		section.put("serviceHistory", this.jdbc.sql("""
				SELECT h.* FROM service_history h JOIN service_repair_orders o ON o.id = h.repair_order_id
				WHERE o.customer_id IN (:ids) ORDER BY h.delivered_at
				""").param("ids", customerIds).query().listOfRows());
		return section;
	}

	@ApplicationModuleListener
	void on(CustomerErased event) {
		if (!event.erasedIds().isEmpty()) {
			this.jdbc.sql("""
					UPDATE service_repair_orders SET owner_first_name = NULL, version = version + 1
					WHERE customer_id IN (:ids)
					""").param("ids", event.erasedIds()).update();
		}
	}

}
