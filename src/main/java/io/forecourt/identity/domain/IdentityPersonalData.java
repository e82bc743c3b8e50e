package io.forecourt.identity.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.forecourt.identity.PersonalDataSection;
import io.forecourt.kernel.identity.PersonalDataProtection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The identity module's section of a person's data export: profiles, identities in clear
 * (national ID numbers decrypted), consents with their history, tags, timeline and
 * merges.
 */
@Component
class IdentityPersonalData implements PersonalDataSection {

	private final JdbcClient jdbc;

	private final PersonalDataProtection protection;

	IdentityPersonalData(JdbcClient jdbc, PersonalDataProtection protection) {
		this.jdbc = jdbc;
		this.protection = protection;
	}

	@Override
	public String name() {
		return "identity";
	}

	@Override
	public Object export(Set<UUID> customerIds) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("profiles", rows("SELECT * FROM customers WHERE id IN (:ids) ORDER BY created_at", customerIds));
		section.put("identities", identities(customerIds));
		section.put("consents",
				rows("SELECT * FROM customer_consents WHERE customer_id IN (:ids) ORDER BY recorded_at", customerIds));
		section.put("tags", rows("SELECT * FROM customer_tags WHERE customer_id IN (:ids) ORDER BY tag", customerIds));
		section.put("timeline",
				rows("SELECT * FROM customer_timeline WHERE customer_id IN (:ids) ORDER BY occurred_at", customerIds));
		section.put("merges", rows(
				"SELECT * FROM customer_merges WHERE survivor_id IN (:ids) OR merged_id IN (:ids) ORDER BY merged_at",
				customerIds));
		section.put("dealers",
				rows("SELECT * FROM customer_dealers WHERE customer_id IN (:ids) ORDER BY linked_at", customerIds));
		return section;
	}

	private List<Map<String, Object>> identities(Set<UUID> customerIds) {
		List<Map<String, Object>> identities = new ArrayList<>();
		for (Map<String, Object> row : rows(
				"SELECT customer_id, kind, identifier, protected_value, source, created_at FROM customer_identities"
						+ " WHERE customer_id IN (:ids) ORDER BY created_at",
				customerIds)) {
			Map<String, Object> identity = new LinkedHashMap<>(row);
			Object secret = identity.remove("protected_value");
			if (secret != null) {
				// The stored identifier is a keyed hash; the person gets their number
				// back.
				identity.put("identifier", this.protection.decrypt(secret.toString()));
			}
			identities.add(identity);
		}
		return identities;
	}

	private List<Map<String, Object>> rows(String sql, Set<UUID> ids) {
		return this.jdbc.sql(sql).param("ids", ids).query().listOfRows();
	}

}
