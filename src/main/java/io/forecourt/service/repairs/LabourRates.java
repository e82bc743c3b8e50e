package io.forecourt.service.repairs;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.service.workshop.ServiceDealers;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each dealer's labour rate per standard hour, which prices the labour lines of its
 * orders.
 */
@Service
public class LabourRates {

	/** What a standard hour costs where the dealer set no rate, in yuan. */
	public static final BigDecimal DEFAULT = new BigDecimal("180.00");

	private final RepairRecords records;

	private final ServiceDealers dealers;

	private final AuditLog audit;

	private final Clock clock;

	LabourRates(RepairRecords records, ServiceDealers dealers, AuditLog audit, Clock clock) {
		this.records = records;
		this.dealers = dealers;
		this.audit = audit;
		this.clock = clock;
	}

	/** A dealer's labour rate per standard hour (the default when it set none). */
	@Transactional(readOnly = true)
	public BigDecimal of(UUID dealerId) {
		return this.records.labourRate(dealerId).orElse(DEFAULT);
	}

	/**
	 * Sets a dealer's labour rate; lines priced before keep their price.
	 * @throws ProblemException validation for a missing, negative or over-precise rate
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SERVICE_MANAGE')")
	public BigDecimal set(UUID dealerId, @Nullable BigDecimal rate) {
		if (rate == null || rate.signum() < 0 || rate.scale() > 2 || rate.compareTo(new BigDecimal("100000")) >= 0) {
			throw ProblemException.validation("hourlyRate", "must be 0 to 99999.99 yuan with at most 2 decimals");
		}
		this.dealers.visible(dealerId);
		this.records.setLabourRate(dealerId, rate.setScale(2), RepairInput.actor(), this.clock.instant());
		this.audit.recordChange(AuditAction.UPDATE, "service-labour-rate", dealerId, "labour rate " + rate);
		return rate.setScale(2);
	}

}
