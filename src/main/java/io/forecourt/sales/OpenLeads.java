package io.forecourt.sales;

import java.util.Optional;
import java.util.UUID;

/**
 * The customer's open leads, as the lead center knows them: a test drive is linked to the
 * customer's open lead at the dealer, so the drive moves that lead on. The lead center
 * implements this port (the sales module does not depend on it).
 */
public interface OpenLeads {

	/** The customer's most recent open lead held by the dealer, if any. */
	Optional<UUID> openLeadAt(UUID customerId, UUID dealerId);

	/** Whether the lead is open, the customer's, and held by the dealer. */
	boolean isOpenLeadOf(UUID leadId, UUID customerId, UUID dealerId);

}
