package io.forecourt.service.repairs.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.forecourt.service.repairs.RepairLine;
import io.forecourt.service.repairs.RepairOrder;
import io.forecourt.service.repairs.RepairOrderDetails;
import io.forecourt.service.repairs.RepairStep;
import io.forecourt.service.repairs.StepStamp;
import org.jspecify.annotations.Nullable;

/**
 * A repair order as staff see it over the API.
 *
 * @param charged what the owner pays: approved lines only, in yuan
 * @param awaitingApproval what the lines waiting for the owner would add
 * @param progressPath the owner's progress page (give them this link)
 */
record RepairOrderView(UUID id, UUID dealerId, UUID customerId, @Nullable UUID appointmentId,
		@Nullable String serviceType, @Nullable String vin, @Nullable String plate, @Nullable Integer mileageKm,
		@Nullable String bay, @Nullable String technician, RepairStep step, Instant stepAt,
		@Nullable RepairStep nextStep, List<Line> lines, List<Step> steps, BigDecimal charged,
		BigDecimal awaitingApproval, String progressPath, long version) {

	record Line(UUID id, int position, RepairLine.Kind kind, String description, @Nullable String partNumber,
			BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, RepairLine.Status status, boolean extra,
			@Nullable Instant sentAt, @Nullable String decidedBy, @Nullable Instant decidedAt) {
	}

	record Step(RepairStep step, Instant at, String movedBy) {
	}

	static RepairOrderView of(RepairOrderDetails d) {
		RepairOrder o = d.order();
		return new RepairOrderView(o.id(), o.dealerId(), o.customerId(), o.appointmentId(), o.serviceTypeCode(),
				o.vin(), o.plate(), o.mileageKm(), d.bayCode(), d.technicianName(), o.step(), o.stepAt(),
				o.step().next(),
				d.lines()
					.stream()
					.map(l -> new Line(l.id(), l.position(), l.kind(), l.description(), l.partNumber(), l.quantity(),
							l.unitPrice(), l.amount(), l.status(), l.extra(), l.sentAt(), l.decidedBy(), l.decidedAt()))
					.toList(),
				d.steps().stream().map(RepairOrderView::step).toList(), d.charged(), d.awaitingApproval(),
				progressPath(o.progressToken()), o.version());
	}

	static String progressPath(String token) {
		return "/repair-progress/" + token;
	}

	private static Step step(StepStamp s) {
		return new Step(s.step(), s.at(), s.movedBy());
	}

}
