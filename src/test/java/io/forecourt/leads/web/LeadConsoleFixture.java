package io.forecourt.leads.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.leads.capture.CaptureRequest;
import io.forecourt.leads.capture.LeadCapture;
import io.forecourt.leads.grading.PurchaseTimeframe;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Leads in a known place for console tests: captured as the system would, then given to a
 * chosen consultant with a chosen first-contact deadline, whatever routing decided.
 */
public final class LeadConsoleFixture {

	private final LeadCapture capture;

	private final JdbcClient jdbc;

	public LeadConsoleFixture(LeadCapture capture, JdbcClient jdbc) {
		this.capture = capture;
		this.jdbc = jdbc;
	}

	/** The staff record behind a demo sign-in, e.g. {@code sh001.sales}. */
	public UUID staffOf(String username) {
		return this.jdbc.sql("SELECT staff_id FROM user_account WHERE username = ?")
			.param(username)
			.query(UUID.class)
			.single();
	}

	public UUID dealerOfStaff(UUID staffId) {
		return this.jdbc.sql("SELECT dealer_id FROM staff WHERE id = ?").param(staffId).query(UUID.class).single();
	}

	/** A valid lead, captured on a channel of the caller's choosing. */
	public UUID capture(String name, String channel) {
		CaptureRequest request = new CaptureRequest(channel, null, null, null, null, null, null, null, name,
				LeadTestClient.mobile(), null, null, "Aurora", "310100", PurchaseTimeframe.WITHIN_7_DAYS, true, null,
				true, null);
		return CurrentAccess.asSystem(() -> this.capture.capture(request)).leadId();
	}

	/** Puts the lead with the consultant, its first contact due at the given time. */
	public void assign(UUID lead, UUID consultant, Instant due) throws InterruptedException {
		// routing after capture runs asynchronously: let it finish first, then override
		LeadTestClient.await(() -> this.jdbc.sql("SELECT count(*) FROM leads WHERE id = ? AND routed_at IS NOT NULL")
			.param(lead)
			.query(Long.class)
			.single() == 1);
		this.jdbc.sql("""
				UPDATE leads SET dealer_id = ?, consultant_id = ?, status = 'ASSIGNED', assigned_at = ?,
				    sla_due_at = ?, sla_breaches = 0
				WHERE id = ?
				""")
			.params(dealerOfStaff(consultant), consultant, Timestamp.from(Instant.now()), Timestamp.from(due), lead)
			.update();
	}

}
