package io.forecourt.leads.followup;

import java.util.Optional;
import java.util.UUID;

import io.forecourt.leads.LeadStatus;
import io.forecourt.sales.OpenLeads;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the sales module which open lead a customer's test drive at a dealer belongs to,
 * so the drive can move that lead on.
 */
@Component
class TestDriveLeadLinks implements OpenLeads {

	private final JdbcClient jdbc;

	TestDriveLeadLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<UUID> openLeadAt(UUID customerId, UUID dealerId) {
		return this.jdbc.sql("""
				SELECT id FROM leads WHERE customer_id = ? AND dealer_id = ? AND status IN (%s)
				ORDER BY captured_at DESC, id FETCH FIRST 1 ROWS ONLY
				""".formatted(LeadStatus.openSqlList())).params(customerId, dealerId).query(UUID.class).optional();
	}

	@Override
	public boolean isOpenLeadOf(UUID leadId, UUID customerId, UUID dealerId) {
		return this.jdbc.sql("""
				SELECT count(*) FROM leads WHERE id = ? AND customer_id = ? AND dealer_id = ? AND status IN (%s)
				""".formatted(LeadStatus.openSqlList()))
			.params(leadId, customerId, dealerId)
			.query(Long.class)
			.single() > 0;
	}

}
