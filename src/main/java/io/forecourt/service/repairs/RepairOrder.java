package io.forecourt.service.repairs;

import java.time.Instant;
import java.util.UUID;

import io.forecourt.kernel.web.ProblemException;
import org.jspecify.annotations.Nullable;

/**
 * A repair order (维修工单): one visit of one vehicle to a dealer's workshop, from reception
 * to delivery. Each transition checks the current step and returns the order at its next
 * step; {@link RepairOrderDesk} writes it back over the version it was read at and stamps
 * the step.
 *
 * @param appointmentId the appointment it was opened from, null for a walk-in
 * @param bayId the bay it holds, null for a walk-in when none was free
 * @param ownerFirstName what the owner's page greets them with, nothing more
 * @param progressToken the owner's link (192 random bits)
 */
public record RepairOrder(UUID id, UUID dealerId, UUID customerId, @Nullable UUID appointmentId,
		@Nullable String serviceTypeCode, @Nullable String vin, @Nullable String plate, @Nullable Integer mileageKm,
		@Nullable UUID bayId, @Nullable UUID technicianId, @Nullable String ownerFirstName, RepairStep step,
		Instant stepAt, String progressToken, String openedBy, Instant createdAt, Instant updatedAt, long version) {

	/**
	 * The advisor moves the order to its next step.
	 * @param to where the advisor wants it (checked against the current step, so a double
	 * click or a stale board cannot skip a step)
	 * @param undecidedExtraWork whether proposed lines are waiting to be sent
	 * @throws ProblemException conflict when {@code to} is not the next step
	 */
	RepairOrder movedTo(RepairStep to, boolean undecidedExtraWork, Instant now) {
		if (this.step == RepairStep.WAITING_FOR_APPROVAL) {
			throw ProblemException.conflict("Repair order " + this.id
					+ " waits for the owner's approval of extra work; it moves on when every line is decided");
		}
		if (this.step.next() != to) {
			throw ProblemException.conflict("Repair order " + this.id + " is at " + this.step + "; it can move "
					+ (this.step.next() == null ? "nowhere" : "only to " + this.step.next()) + ", not to " + to);
		}
		if (this.step == RepairStep.INSPECTION && undecidedExtraWork) {
			throw ProblemException.conflict("Repair order " + this.id
					+ " has proposed extra work: send it to the owner or remove it before the repair starts");
		}
		return at(to, now);
	}

	/** Inspection found extra work: it goes to the owner. */
	RepairOrder extraWorkSent(Instant now) {
		if (this.step != RepairStep.INSPECTION) {
			throw ProblemException.conflict("Repair order " + this.id + " is at " + this.step
					+ "; extra work is sent to the owner only during INSPECTION");
		}
		return at(RepairStep.WAITING_FOR_APPROVAL, now);
	}

	/** The owner decided every proposed line: the repair starts. */
	RepairOrder extraWorkDecided(Instant now) {
		requireStep(RepairStep.WAITING_FOR_APPROVAL, "move to IN_REPAIR on the owner's decisions");
		return at(RepairStep.IN_REPAIR, now);
	}

	RepairOrder cancelled(Instant now) {
		if (!this.step.open()) {
			throw ProblemException
				.conflict("Repair order " + this.id + " is " + this.step + "; it cannot be cancelled");
		}
		if (this.step.compareTo(RepairStep.IN_REPAIR) >= 0) {
			throw ProblemException.conflict("Repair order " + this.id + " is at " + this.step
					+ "; work has begun, so it is finished and delivered rather than cancelled");
		}
		return at(RepairStep.CANCELLED, now);
	}

	/**
	 * @throws ProblemException conflict unless lines may be added now (reception or
	 * inspection)
	 */
	void requireLinesOpen() {
		if (this.step != RepairStep.RECEPTION && this.step != RepairStep.INSPECTION) {
			throw ProblemException.conflict("Repair order " + this.id + " is at " + this.step
					+ "; job lines are added at RECEPTION (approved) or INSPECTION (proposed to the owner)");
		}
	}

	void requireStep(RepairStep expected, String what) {
		if (this.step != expected) {
			throw ProblemException.conflict(
					"Repair order " + this.id + " is at " + this.step + "; it can " + what + " only at " + expected);
		}
	}

	private RepairOrder at(RepairStep to, Instant now) {
		return new RepairOrder(this.id, this.dealerId, this.customerId, this.appointmentId, this.serviceTypeCode,
				this.vin, this.plate, this.mileageKm, this.bayId, this.technicianId, this.ownerFirstName, to, now,
				this.progressToken, this.openedBy, this.createdAt, now, this.version);
	}

}
