package io.forecourt.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * Inspection found extra work: these lines wait for the owner's approval on the progress
 * link; nothing of them is charged before.
 *
 * @param work one description per proposed line
 * @param amount what the proposed lines would cost in all, in yuan
 */
@Externalized("forecourt.events::service.repair-order.extra-work-requested")
public record ExtraWorkRequested(UUID repairOrderId, UUID dealerId, UUID customerId, List<String> work,
		BigDecimal amount, Instant requestedAt) {

	public ExtraWorkRequested {
		work = List.copyOf(work);
	}

}
