package io.forecourt.sales.testdrives;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.FieldErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each dealer's test-drive slot length (briefing and drive together), 45 minutes unless
 * its manager changes it. A change applies to slots booked from then on; booked drives
 * keep their times, and the holds keep new slots from overlapping them.
 */
@Service
public class SlotLengths {

	private final JdbcClient jdbc;

	private final DealerAccess access;

	private final TestDrivePolicy policy;

	private final AuditLog audit;

	private final Clock clock;

	SlotLengths(JdbcClient jdbc, DealerAccess access, TestDrivePolicy policy, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/** The dealer's slot length in minutes, whatever the scope (system use). */
	int minutesOf(UUID dealerId) {
		return this.jdbc.sql("SELECT slot_minutes FROM test_drive_settings WHERE dealer_id = ?")
			.param(dealerId)
			.query(Integer.class)
			.optional()
			.orElse(this.policy.defaultSlotMinutes());
	}

	/** The slot length of a dealer the caller sees. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	public int slotMinutes(UUID dealerId) {
		this.access.visible(dealerId);
		return minutesOf(dealerId);
	}

	/**
	 * @throws io.forecourt.kernel.web.ProblemException validation unless 15 to 240
	 * minutes in steps of 15; not found outside the scope
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SALES_MANAGE')")
	public int change(UUID dealerId, @Nullable Integer minutes) {
		FieldErrors errors = new FieldErrors();
		if (minutes == null) {
			errors.reject("slotMinutes", "is required");
		}
		else {
			errors.attempt("slotMinutes", () -> {
				SlotGrid.requireSlotLength(minutes);
				return minutes;
			});
		}
		errors.throwIfAny();
		this.access.visible(dealerId);
		Instant now = this.clock.instant();
		String actor = CurrentAccess.principal().map(ForecourtPrincipal::name).orElse("system");
		int updated = this.jdbc.sql("""
				UPDATE test_drive_settings SET slot_minutes = ?, updated_at = ?, updated_by = ?, version = version + 1
				WHERE dealer_id = ?
				""").params(minutes, Timestamp.from(now), actor, dealerId).update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO test_drive_settings (dealer_id, slot_minutes, version, updated_at, updated_by)
					VALUES (?, ?, 0, ?, ?)
					""").params(dealerId, minutes, Timestamp.from(now), actor).update();
		}
		this.audit.recordChange(AuditAction.UPDATE, "test-drive-settings", dealerId,
				"slot length " + minutes + " minutes");
		return minutes;
	}

}
