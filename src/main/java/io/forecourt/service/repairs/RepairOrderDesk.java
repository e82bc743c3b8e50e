package io.forecourt.service.repairs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import io.forecourt.identity.CustomerDealers;
import io.forecourt.identity.CustomerIdentification;
import io.forecourt.identity.Identifier;
import io.forecourt.identity.ResolutionRequest;
import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.contact.PhoneNumber;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.vehicle.LicencePlate;
import io.forecourt.kernel.vehicle.Vin;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.network.DealerSummary;
import io.forecourt.service.ExtraWorkDecided;
import io.forecourt.service.ExtraWorkRequested;
import io.forecourt.service.RepairOrderDelivered;
import io.forecourt.service.RepairOrderOpened;
import io.forecourt.service.RepairOrderStepChanged;
import io.forecourt.service.appointments.Appointment;
import io.forecourt.service.appointments.AppointmentReads;
import io.forecourt.service.appointments.AppointmentStatus;
import io.forecourt.service.parts.Part;
import io.forecourt.service.parts.PartCatalog;
import io.forecourt.service.parts.PartLine;
import io.forecourt.service.parts.PartsReservations;
import io.forecourt.service.workshop.Bay;
import io.forecourt.service.workshop.ServiceDealers;
import io.forecourt.service.workshop.ServicePolicy;
import io.forecourt.service.workshop.ServiceType;
import io.forecourt.service.workshop.Span;
import io.forecourt.service.workshop.Technician;
import io.forecourt.service.workshop.WorkshopCapacity;
import io.forecourt.service.workshop.WorkshopDay;
import io.forecourt.service.workshop.WorkshopHolds;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The service desk's work on open repair orders (opening them is
 * {@link RepairOrderIntake}'s): job lines added and priced, extra work sent to the owner
 * and the owner's decisions, and each step of the workshop. Every change locks the order,
 * checks the If-Match version, stamps the step, is audited and publishes its event in the
 * same transaction.
 */
@Service
public class RepairOrderDesk {

	static final String REPAIR_ORDER = "service-repair-order";

	static final String HOLDER = "REPAIR_ORDER";

	/** Who the step stamps name when the owner's decisions move the order. */
	public static final String OWNER = "owner";

	private static final Logger log = LoggerFactory.getLogger(RepairOrderDesk.class);

	private final RepairRecords records;

	private final ServiceDealers dealers;

	private final WorkshopHolds holds;

	private final PartCatalog catalog;

	private final PartsReservations parts;

	private final LabourRates labourRates;

	private final ServicePolicy policy;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RepairOrderDesk(RepairRecords records, ServiceDealers dealers, WorkshopHolds holds, PartCatalog catalog,
			PartsReservations parts, LabourRates labourRates, ServicePolicy policy, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.dealers = dealers;
		this.holds = holds;
		this.catalog = catalog;
		this.parts = parts;
		this.labourRates = labourRates;
		this.policy = policy;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Adds a job line: approved at reception (the owner agreed at the desk; its parts are
	 * reserved now), proposed during inspection (extra work for the owner to approve).
	 * @throws ProblemException validation naming each bad field; conflict at any other
	 * step; 409 with {@code shortages} when an approved part is short (nothing written);
	 * 412 for a stale version
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SERVICE_WRITE')")
	public RepairOrder addLine(UUID id, NewLine request, long version) {
		FieldErrors errors = new FieldErrors();
		RepairLine.Kind kind = null;
		if (RepairInput.blank(request.kind())) {
			errors.reject("kind", "is required: LABOUR or PART");
		}
		else {
			try {
				kind = RepairLine.Kind.valueOf(request.kind().trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				errors.reject("kind", "must be LABOUR or PART");
			}
		}
		BigDecimal quantity = request.quantity();
		if (quantity == null) {
			errors.reject("quantity", "is required (standard hours for labour, pieces for a part)");
		}
		else if (quantity.signum() <= 0 || quantity.compareTo(new BigDecimal("1000")) > 0 || quantity.scale() > 2) {
			errors.reject("quantity", "must be more than 0 and at most 1000, with at most 2 decimals");
		}
		else if (kind == RepairLine.Kind.PART && quantity.stripTrailingZeros().scale() > 0) {
			errors.reject("quantity", "parts are counted in whole pieces");
		}
		String description = RepairInput.text(errors, "description", request.description(), 200);
		if (kind == RepairLine.Kind.LABOUR && description == null) {
			errors.reject("description", "is required for labour");
		}
		if (kind == RepairLine.Kind.PART && RepairInput.blank(request.partNumber())) {
			errors.reject("partNumber", "is required for a part");
		}
		errors.throwIfAny();
		RepairOrder order = lockVisible(id, version);
		order.requireLinesOpen();
		Part part = null;
		BigDecimal unitPrice;
		if (kind == RepairLine.Kind.PART) {
			part = partOf(request.partNumber());
			unitPrice = part.listPrice();
			if (description == null) {
				description = part.nameZh();
			}
		}
		else {
			unitPrice = this.labourRates.of(order.dealerId());
		}
		Instant now = this.clock.instant();
		boolean extra = order.step() == RepairStep.INSPECTION;
		RepairLine line = new RepairLine(UUID.randomUUID(), id, this.records.nextPosition(id), kind, description,
				part == null ? null : part.partNumber(), quantity.setScale(2), unitPrice,
				unitPrice.multiply(quantity).setScale(2, RoundingMode.HALF_UP),
				extra ? RepairLine.Status.PROPOSED : RepairLine.Status.APPROVED, extra, RepairInput.actor(), now, null,
				null, null);
		this.records.insertLine(line);
		if (!extra && kind == RepairLine.Kind.PART) {
			reserveApproved(order);
		}
		this.audit.recordChange(AuditAction.UPDATE, REPAIR_ORDER, id,
				(extra ? "proposed " : "added ") + describe(line) + " = " + line.amount());
		return this.records.touch(order, now);
	}

	/** A job line as the advisor enters it. */
	public record NewLine(@Nullable String kind, @Nullable String description, @Nullable String partNumber,
			@Nullable BigDecimal quantity) {
	}

	/**
	 * Removes a line not yet sent to the owner (its parts given back when it was approved
	 * at reception).
	 * @throws ProblemException not found for another order's line; conflict once sent or
	 * decided, or past inspection
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SERVICE_WRITE')")
	public RepairOrder removeLine(UUID id, UUID lineId, long version) {
		RepairOrder order = lockVisible(id, version);
		order.requireLinesOpen();
		RepairLine line = this.records.lines(id)
			.stream()
			.filter(l -> l.id().equals(lineId))
			.findFirst()
			.orElseThrow(() -> ProblemException.notFound("Repair order line", lineId));
		if (line.sentAt() != null || line.decidedAt() != null) {
			throw ProblemException.conflict("Line " + lineId + " was sent to the owner; it stays on the order");
		}
		this.records.deleteLine(lineId);
		if (line.status() == RepairLine.Status.APPROVED && line.kind() == RepairLine.Kind.PART) {
			reserveApproved(order);
		}
		this.audit.recordChange(AuditAction.UPDATE, REPAIR_ORDER, id, "removed " + describe(line));
		return this.records.touch(order, this.clock.instant());
	}

	/**
	 * Sends the proposed extra work to the owner: the order waits for their decisions.
	 * @throws ProblemException conflict unless at INSPECTION with proposed lines
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SERVICE_WRITE')")
	public RepairOrder sendExtraWork(UUID id, long version) {
		RepairOrder order = lockVisible(id, version);
		Instant now = this.clock.instant();
		RepairOrder waiting = order.extraWorkSent(now);
		List<RepairLine> proposed = this.records.lines(id)
			.stream()
			.filter(l -> l.status() == RepairLine.Status.PROPOSED)
			.toList();
		if (proposed.isEmpty()) {
			throw ProblemException.conflict("Repair order " + id + " has no proposed extra work to send");
		}
		BigDecimal amount = BigDecimal.ZERO.setScale(2);
		for (RepairLine line : proposed) {
			this.records.saveLine(line.sent(now));
			amount = amount.add(line.amount());
		}
		RepairOrder saved = step(order, waiting, RepairInput.actor(), now);
		this.events.publishEvent(new ExtraWorkRequested(id, order.dealerId(), order.customerId(),
				proposed.stream().map(RepairOrderDesk::describe).toList(), amount, now));
		this.audit.recordChange(AuditAction.UPDATE, REPAIR_ORDER, id,
				"sent " + proposed.size() + " extra line(s) for " + amount + " to the owner");
		return saved;
	}

	/**
	 * Moves the order to its next step: parts are consumed and the service history
	 * written at delivery, when the bay and technician are freed too.
	 * @throws ProblemException conflict when {@code to} is not the next step, while the
	 * owner decides, or with proposed extra work not sent; 412 for a stale version
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SERVICE_WRITE')")
	public RepairOrder move(UUID id, RepairStep to, long version) {
		RepairOrder order = lockVisible(id, version);
		List<RepairLine> lines = this.records.lines(id);
		boolean proposed = lines.stream().anyMatch(l -> l.status() == RepairLine.Status.PROPOSED);
		Instant now = this.clock.instant();
		RepairOrder moved = order.movedTo(to, proposed, now);
		String actor = RepairInput.actor();
		RepairOrder saved = step(order, moved, actor, now);
		if (to == RepairStep.DELIVERED) {
			deliver(saved, lines, now);
		}
		this.audit.recordChange(AuditAction.UPDATE, REPAIR_ORDER, id, "moved from " + order.step() + " to " + to);
		return saved;
	}

	/**
	 * Cancels an order before the repair began: its parts and its bay go back.
	 * @throws ProblemException conflict once the repair began
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SERVICE_WRITE')")
	public RepairOrder cancel(UUID id, long version) {
		RepairOrder order = lockVisible(id, version);
		Instant now = this.clock.instant();
		RepairOrder saved = step(order, order.cancelled(now), RepairInput.actor(), now);
		this.parts.release(id);
		if (order.appointmentId() == null) {
			this.holds.release(HOLDER, id);
		}
		this.audit.recordChange(AuditAction.UPDATE, REPAIR_ORDER, id, "cancelled at " + order.step());
		return saved;
	}

	/**
	 * The owner's decisions on the extra work, by the progress link: each line sent to
	 * them is approved or declined once; approved parts are reserved now (all or nothing:
	 * a shortage answers 409 naming the parts and decides nothing); when every line is
	 * decided the repair starts.
	 * @param decisions approve (true) or decline (false) by line id
	 * @throws ProblemException validation for an empty or unknown decision; not found for
	 * an unknown link; conflict for a line decided already, or when nothing waits
	 */
	@Transactional
	public RepairOrder decide(String token, Map<UUID, Boolean> decisions) {
		if (decisions.isEmpty()) {
			throw ProblemException.validation("decisions", "decide at least one line");
		}
		RepairOrder order = this.records.lockByToken(token)
			.orElseThrow(() -> ProblemException.notFound("Repair progress", "link"));
		List<RepairLine> lines = this.records.lines(order.id());
		FieldErrors errors = new FieldErrors();
		decisions.keySet().forEach(lineId -> {
			if (lines.stream().noneMatch(l -> l.id().equals(lineId))) {
				errors.reject("decisions", "no line " + lineId + " on this repair order");
			}
		});
		errors.throwIfAny();
		for (RepairLine line : lines) {
			if (decisions.containsKey(line.id()) && !line.awaitingOwner()) {
				throw ProblemException.conflict("Line " + line.position() + " (" + line.description() + ") is "
						+ line.status() + (line.decidedAt() == null ? ", not waiting for your decision"
								: " already; each line is decided once"));
			}
		}
		order.requireStep(RepairStep.WAITING_FOR_APPROVAL, "take the owner's decisions");
		Instant now = this.clock.instant();
		List<String> approved = new ArrayList<>();
		List<String> declined = new ArrayList<>();
		BigDecimal approvedAmount = BigDecimal.ZERO.setScale(2);
		boolean partsApproved = false;
		for (RepairLine line : lines) {
			Boolean approve = decisions.get(line.id());
			if (approve == null) {
				continue;
			}
			this.records.saveLine(line.decided(approve, OWNER, now));
			if (approve) {
				approved.add(describe(line));
				approvedAmount = approvedAmount.add(line.amount());
				partsApproved |= line.kind() == RepairLine.Kind.PART;
			}
			else {
				declined.add(describe(line));
			}
		}
		if (partsApproved) {
			reserveApproved(order);
		}
		this.events.publishEvent(new ExtraWorkDecided(order.id(), order.dealerId(), order.customerId(), approved,
				declined, approvedAmount, now));
		this.audit.recordChange(AuditAction.UPDATE, REPAIR_ORDER, order.id(), "owner approved " + approved.size()
				+ " and declined " + declined.size() + " extra line(s) through the progress link");
		boolean allDecided = this.records.lines(order.id()).stream().noneMatch(RepairLine::awaitingOwner);
		if (allDecided) {
			return step(order, order.extraWorkDecided(now), OWNER, now);
		}
		return this.records.touch(order, now);
	}

	private RepairOrder step(RepairOrder before, RepairOrder after, String by, Instant now) {
		RepairOrder saved = this.records.save(after);
		this.records.stamp(after.id(), after.step(), now, by);
		this.events.publishEvent(new RepairOrderStepChanged(after.id(), after.dealerId(), after.customerId(),
				before.step().name(), after.step().name(), by, now));
		return saved;
	}

	private void deliver(RepairOrder order, List<RepairLine> lines, Instant now) {
		this.parts.consume(order.id());
		if (order.appointmentId() == null) {
			this.holds.release(HOLDER, order.id());
		}
		List<RepairLine> charged = lines.stream().filter(l -> l.status() == RepairLine.Status.APPROVED).toList();
		List<String> work = charged.stream().map(RepairOrderDesk::describe).toList();
		BigDecimal total = charged.stream()
			.map(RepairLine::amount)
			.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
		this.records.insertHistory(new ServiceVisit(order.id(), order.vin(), order.plate(), order.dealerId(),
				now.atZone(this.policy.zone()).toLocalDate(), order.mileageKm(), work, total, now), order.id());
		this.events.publishEvent(new RepairOrderDelivered(order.id(), order.dealerId(), order.customerId(),
				order.appointmentId(), order.vin(), order.plate(), order.mileageKm(), work, total, now));
	}

	/** Makes the order hold exactly the parts of its approved lines. */
	private void reserveApproved(RepairOrder order) {
		Map<String, Integer> wanted = new TreeMap<>();
		for (RepairLine line : this.records.lines(order.id())) {
			if (line.kind() == RepairLine.Kind.PART && line.status() == RepairLine.Status.APPROVED) {
				wanted.merge(line.partNumber(), line.quantity().intValueExact(), Integer::sum);
			}
		}
		for (var reservation : this.parts.reservationsOf(order.id())) {
			if (!wanted.containsKey(reservation.partNumber())) {
				this.parts.release(order.id(), reservation.partNumber());
			}
		}
		if (!wanted.isEmpty()) {
			this.parts.reserve(order.dealerId(), order.id(),
					wanted.entrySet().stream().map(e -> PartLine.of(e.getKey(), e.getValue())).toList());
		}
	}

	private Part partOf(@Nullable String partNumber) {
		Part part;
		try {
			part = this.catalog.get(partNumber == null ? "" : partNumber);
		}
		catch (ProblemException ex) {
			throw ProblemException.validation("partNumber", String.valueOf(ex.getMessage()));
		}
		if (part.listPrice() == null) {
			throw ProblemException.validation("partNumber", part.partNumber() + " has no list price yet");
		}
		return part;
	}

	private RepairOrder lockVisible(UUID id, long version) {
		RepairOrder order = this.records.lockVisible(id, this.dealers.scope("r.dealer_id"))
			.orElseThrow(() -> this.audit.notFound(REPAIR_ORDER, id, this.records.exists(id)));
		if (order.version() != version) {
			throw io.forecourt.kernel.web.ETags.stale("Repair order", id);
		}
		return order;
	}

	static String describe(RepairLine line) {
		return line.kind() == RepairLine.Kind.PART
				? line.description() + " " + line.partNumber() + " ×"
						+ line.quantity().stripTrailingZeros().toPlainString()
				: line.description() + " " + line.quantity().stripTrailingZeros().toPlainString() + "h";
	}

}
