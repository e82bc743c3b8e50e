package io.forecourt.leads.capture;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.forecourt.identity.PersonalDataSection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The leads module's section of a person's data export: their leads as captured, every
 * arrival (source) and the grades they had.
 */
@Component
class LeadsPersonalData implements PersonalDataSection {

	private static final String OF_CUSTOMERS = "SELECT id FROM leads WHERE customer_id IN (:ids)"
			+ " OR original_customer_id IN (:ids)";

	private final JdbcClient jdbc;

	LeadsPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "leads";
	}

	@Override
	public Object export(Set<UUID> customerIds) {
		Map<String, Object> section = new LinkedHashMap<>();
		if (customerIds.isEmpty()) {
			return section;
		}
		section.put("leads",
				rows("SELECT * FROM leads WHERE id IN (" + OF_CUSTOMERS + ") ORDER BY captured_at", customerIds));
		section.put("sources",
				rows("SELECT * FROM lead_sources WHERE lead_id IN (" + OF_CUSTOMERS + ") ORDER BY captured_at",
						customerIds));
		section.put("grades",
				rows("SELECT * FROM lead_grade_history WHERE lead_id IN (" + OF_CUSTOMERS + ") ORDER BY changed_at",
						customerIds));
		return section;
	}

	private List<Map<String, Object>> rows(String sql, Set<UUID> ids) {
		return this.jdbc.sql(sql).param("ids", ids).query().listOfRows();
	}

}
