package io.forecourt.service.workshop;

import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.tenancy.ScopePredicate;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.network.DealerHours;
import io.forecourt.network.DealerNetwork;
import io.forecourt.network.DealerSummary;

import org.springframework.stereotype.Component;

/**
 * Which dealers the caller may work with in the service center: a dealer's staff their
 * own, a region its dealers, HQ and the brand app all. Outside the scope a dealer answers
 * 404 and the attempt is audited, as for every record.
 */
@Component
public class ServiceDealers {

	static final String DEALER = "dealer";

	private final DealerNetwork network;

	private final AuditLog audit;

	ServiceDealers(DealerNetwork network, AuditLog audit) {
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

	/** The active dealers the caller sees, in code order. */
	public List<DealerSummary> visibleDealers() {
		AccessScope scope = CurrentAccess.scope();
		return this.network.activeDealers().stream().filter(d -> scope.covers(d.id(), d.regionId())).toList();
	}

	/** The SQL condition on a table's dealer column that keeps the caller's rows. */
	public ScopePredicate scope(String dealerColumn) {
		return ScopePredicate.ofDealer(CurrentAccess.scope(), dealerColumn, this.network);
	}

	/** The dealer's opening hours; closed every day for an unknown dealer. */
	public DealerHours hours(UUID dealerId) {
		return this.network.openingHours(dealerId).orElse(new DealerHours(java.util.Map.of()));
	}

	public DealerNetwork network() {
		return this.network;
	}

}
