package io.forecourt.service.repairs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A job line: labour ({@code quantity} standard hours at the dealer's labour rate) or a
 * part ({@code quantity} pieces at the part's list price). Only {@link Status#APPROVED}
 * lines are charged.
 *
 * @param extra whether it was found during inspection and so needs the owner's approval
 * @param sentAt when it was sent to the owner for approval
 */
public record RepairLine(UUID id, UUID repairOrderId, int position, Kind kind, String description,
		@Nullable String partNumber, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, Status status,
		boolean extra, String addedBy, Instant addedAt, @Nullable Instant sentAt, @Nullable String decidedBy,
		@Nullable Instant decidedAt) {

	public enum Kind {

		LABOUR, PART

	}

	public enum Status {

		PROPOSED, APPROVED, DECLINED

	}

	/** Proposed to the owner and not yet decided. */
	public boolean awaitingOwner() {
		return this.status == Status.PROPOSED && this.sentAt != null;
	}

	RepairLine sent(Instant at) {
		return new RepairLine(this.id, this.repairOrderId, this.position, this.kind, this.description, this.partNumber,
				this.quantity, this.unitPrice, this.amount, this.status, this.extra, this.addedBy, this.addedAt, at,
				this.decidedBy, this.decidedAt);
	}

	RepairLine decided(boolean approve, String by, Instant at) {
		return new RepairLine(this.id, this.repairOrderId, this.position, this.kind, this.description, this.partNumber,
				this.quantity, this.unitPrice, this.amount, approve ? Status.APPROVED : Status.DECLINED, this.extra,
				this.addedBy, this.addedAt, this.sentAt, by, at);
	}

}
