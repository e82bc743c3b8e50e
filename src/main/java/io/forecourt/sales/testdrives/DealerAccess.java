package io.forecourt.sales.testdrives;

import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.tenancy.ScopePredicate;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.network.DealerNetwork;
import io.forecourt.network.DealerSummary;

import org.springframework.stereotype.Component;

/**
 * Which dealers the caller may work with: a dealer's staff their own, a region its
 * dealers, HQ and the brand app all. Outside the scope a dealer answers 404 and the
 * attempt is audited, as for every record.
 */
@Component
public class DealerAccess {

	static final String DEALER = "dealer";

	private final DealerNetwork network;

	private final AuditLog audit;

	DealerAccess(DealerNetwork network, AuditLog audit) {
		this.network = network;
		this.audit = audit;
	}

	/**
	 * @throws ProblemException not found for an unknown dealer or one outside the scope
	 */
	public DealerSummary visible(UUID dealerId) {
		var dealer = this.network.dealer(dealerId);
		if (dealer.isPresent() && CurrentAccess.scope().covers(dealer.get().id(), dealer.get().regionId())) {
			return dealer.get();
		}
		throw this.audit.notFound(DEALER, dealerId, dealer.isPresent());
	}

	/**
	 * The active dealers the caller sees, in code order (the console's dealer picker).
	 */
	public List<DealerSummary> visibleDealers() {
		AccessScope scope = CurrentAccess.scope();
		return this.network.activeDealers().stream().filter(d -> scope.covers(d.id(), d.regionId())).toList();
	}

	/** The SQL condition on a table's dealer column that keeps the caller's rows. */
	ScopePredicate scope(String dealerColumn) {
		return ScopePredicate.ofDealer(CurrentAccess.scope(), dealerColumn, this.network);
	}

	DealerNetwork network() {
		return this.network;
	}

	AuditLog audit() {
		return this.audit;
	}

}
