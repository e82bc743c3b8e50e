package io.forecourt.service.repairs;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A repair order with its lines, its steps and what it costs.
 *
 * @param charged what the owner pays: approved lines only
 * @param awaitingApproval what the lines waiting for the owner would add
 * @param bayCode the held bay, null when none
 * @param technicianName the technician, null when none
 */
public record RepairOrderDetails(RepairOrder order, List<RepairLine> lines, List<StepStamp> steps, BigDecimal charged,
		BigDecimal awaitingApproval, @Nullable String bayCode, @Nullable String technicianName) {

	public RepairOrderDetails {
		lines = List.copyOf(lines);
		steps = List.copyOf(steps);
	}

	/** What the order charges for its approved lines: an exact sum in yuan. */
	static BigDecimal charged(List<RepairLine> lines) {
		return sum(lines, RepairLine.Status.APPROVED);
	}

	static BigDecimal sum(List<RepairLine> lines, RepairLine.Status status) {
		return lines.stream()
			.filter(l -> l.status() == status)
			.map(RepairLine::amount)
			.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

}
