package io.forecourt.leads.capture;

import io.forecourt.identity.CustomerErased;
import io.forecourt.identity.CustomersMerged;
import io.forecourt.identity.CustomersUnmerged;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows identity's merges, unmerges and erasures for the leads this module holds. Each
 * handler is idempotent, so a redelivered event changes nothing more.
 */
@Component
class CustomerChanges {

	private final JdbcClient jdbc;

	CustomerChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The merged customer's leads now belong to the survivor; original_customer_id keeps
	 * whom One ID resolved at capture.
	 */
	@ApplicationModuleListener
	void on(CustomersMerged event) {
		this.jdbc.sql("""
				UPDATE leads SET customer_id = :survivor, version = version + 1
				WHERE customer_id = :merged
				""").param("survivor", event.survivorId()).param("merged", event.mergedId()).update();
	}

	/**
	 * Leads captured for the restored customer go back to it. Leads captured for a
	 * customer merged into the restored one earlier stay with the survivor: leads does
	 * not follow identity's merge chains (rare; the 360 view shows them either way).
	 */
	@ApplicationModuleListener
	void on(CustomersUnmerged event) {
		this.jdbc.sql("""
				UPDATE leads SET customer_id = :restored, version = version + 1
				WHERE customer_id = :survivor AND original_customer_id = :restored
				""").param("restored", event.restoredId()).param("survivor", event.survivorId()).update();
	}

	/**
	 * Removes what identifies the person (name, phone, payloads as received); the leads
	 * stay as anonymous counts for channels, dates and dealers.
	 */
	@ApplicationModuleListener
	void on(CustomerErased event) {
		if (event.erasedIds().isEmpty()) {
			return;
		}
		String ofErased = "SELECT id FROM leads WHERE customer_id IN (:ids) OR original_customer_id IN (:ids)";
		this.jdbc
			.sql("UPDATE lead_sources SET phone_e164 = NULL, raw_payload = NULL WHERE lead_id IN (" + ofErased + ")")
			.param("ids", event.erasedIds())
			.update();
		this.jdbc.sql("""
				UPDATE leads SET name = NULL, phone_raw = NULL, phone_e164 = NULL, raw_payload = NULL,
				    version = version + 1
				WHERE (customer_id IN (:ids) OR original_customer_id IN (:ids))
				    AND (name IS NOT NULL OR phone_raw IS NOT NULL OR raw_payload IS NOT NULL)
				""").param("ids", event.erasedIds()).update();
	}

}
