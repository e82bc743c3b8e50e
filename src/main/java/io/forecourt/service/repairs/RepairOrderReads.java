package io.forecourt.service.repairs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.vehicle.Vin;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.service.workshop.Bay;
import io.forecourt.service.workshop.ServiceDealers;
import io.forecourt.service.workshop.Technician;
import io.forecourt.service.workshop.WorkshopCapacity;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Repair orders as staff read them, the owner's progress, and the service history. */
@Service
public class RepairOrderReads {

	private final RepairRecords records;

	private final ServiceDealers dealers;

	private final WorkshopCapacity capacity;

	private final AuditLog audit;

	RepairOrderReads(RepairRecords records, ServiceDealers dealers, WorkshopCapacity capacity, AuditLog audit) {
		this.records = records;
		this.dealers = dealers;
		this.capacity = capacity;
		this.audit = audit;
	}

	/**
	 * @throws ProblemException not found outside the scope
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SERVICE_READ')")
	public RepairOrderDetails details(UUID id) {
		RepairOrder order = this.records.findVisible(id, this.dealers.scope("r.dealer_id"))
			.orElseThrow(() -> this.audit.notFound(RepairOrderDesk.REPAIR_ORDER, id, this.records.exists(id)));
		return details(order);
	}

	/** The dealer's orders still in the workshop, with their lines, oldest step first. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SERVICE_READ')")
	public List<RepairOrderDetails> board(UUID dealerId) {
		this.dealers.visible(dealerId);
		return this.records.openAt(dealerId).stream().map(this::details).toList();
	}

	/**
	 * The order behind a progress link, for the owner (no scope: the link is the
	 * credential).
	 * @throws ProblemException not found for an unknown link
	 */
	@Transactional(readOnly = true)
	public RepairOrderDetails progress(String token) {
		return details(this.records.findByToken(token)
			.orElseThrow(() -> ProblemException.notFound("Repair progress", "link")));
	}

	/**
	 * A vehicle's delivered service visits, latest first.
	 * @throws ProblemException validation for a malformed VIN
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SERVICE_READ')")
	public List<ServiceVisit> history(String vin) {
		Vin parsed;
		try {
			parsed = Vin.parse(vin);
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.validation("vin", String.valueOf(ex.getMessage()));
		}
		return this.records.history(parsed.value());
	}

	/** When the order reached its current step. */
	public static Instant since(RepairOrderDetails details) {
		return details.order().stepAt();
	}

	private RepairOrderDetails details(RepairOrder order) {
		List<RepairLine> lines = this.records.lines(order.id());
		String bay = order.bayId() == null ? null : this.capacity.bay(order.bayId()).map(Bay::code).orElse(null);
		String technician = order.technicianId() == null ? null
				: this.capacity.technician(order.technicianId()).map(Technician::name).orElse(null);
		return new RepairOrderDetails(order, lines, this.records.steps(order.id()), RepairOrderDetails.charged(lines),
				RepairOrderDetails.sum(lines, RepairLine.Status.PROPOSED), bay, technician);
	}

}
