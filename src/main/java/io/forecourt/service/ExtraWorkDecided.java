package io.forecourt.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * The owner approved or declined proposed extra work (one decision per line, once).
 *
 * @param approved descriptions of the lines approved now
 * @param declined descriptions of the lines declined now
 * @param approvedAmount what the approved lines add to the bill, in yuan
 */
@Externalized("forecourt.events::service.repair-order.extra-work-decided")
public record ExtraWorkDecided(UUID repairOrderId, UUID dealerId, UUID customerId, List<String> approved,
		List<String> declined, BigDecimal approvedAmount, Instant decidedAt) {

	public ExtraWorkDecided {
		approved = List.copyOf(approved);
		declined = List.copyOf(declined);
	}

}
