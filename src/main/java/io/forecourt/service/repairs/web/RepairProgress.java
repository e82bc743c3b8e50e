package io.forecourt.service.repairs.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import io.forecourt.network.DealerSummary;
import io.forecourt.service.repairs.RepairLine;
import io.forecourt.service.repairs.RepairOrderDetails;
import io.forecourt.service.repairs.RepairStep;
import io.forecourt.service.repairs.StepStamp;
import org.jspecify.annotations.Nullable;

/**
 * What the owner sees behind their link: the first name, the dealer, each step with its
 * time, the lines (the extra work waiting for their decision among them) and what is
 * charged. No plate, VIN, phone or staff names.
 *
 * @param charged what the owner pays for approved work, in yuan
 */
record RepairProgress(@Nullable String ownerFirstName, String dealerZh, String dealerEn, RepairStep step,
		boolean cancelled, List<Step> steps, List<Line> lines, boolean awaitingDecision, BigDecimal charged,
		BigDecimal awaitingApproval, long version) {

	/**
	 * @param at when the order (last) reached it, null when not yet
	 * @param localTime {@code at} in Asia/Shanghai, e.g. {@code 2026-11-24 10:15}
	 */
	record Step(RepairStep step, @Nullable Instant at, @Nullable String localTime, boolean current) {
	}

	record Line(UUID id, RepairLine.Kind kind, String description, BigDecimal quantity, BigDecimal amount,
			RepairLine.Status status, boolean extra, boolean awaitingDecision) {
	}

	static RepairProgress of(RepairOrderDetails d, @Nullable DealerSummary dealer, ZoneId zone) {
		List<Step> steps = RepairStep.PROGRESS.stream().map(step -> {
			Instant at = d.steps()
				.stream()
				.filter(s -> s.step() == step)
				.map(StepStamp::at)
				.reduce((first, last) -> last)
				.orElse(null);
			return new Step(step, at,
					at == null ? null : at.atZone(zone).toLocalDateTime().toString().replace('T', ' ').substring(0, 16),
					d.order().step() == step);
		}).toList();
		List<Line> lines = d.lines()
			.stream()
			.map(l -> new Line(l.id(), l.kind(), l.description(), l.quantity(), l.amount(), l.status(), l.extra(),
					l.awaitingOwner()))
			.toList();
		return new RepairProgress(d.order().ownerFirstName(), dealer == null ? "" : dealer.nameZh(),
				dealer == null ? "" : dealer.nameEn(), d.order().step(), d.order().step() == RepairStep.CANCELLED,
				steps, lines, lines.stream().anyMatch(Line::awaitingDecision), d.charged(), d.awaitingApproval(),
				d.order().version());
	}

}
