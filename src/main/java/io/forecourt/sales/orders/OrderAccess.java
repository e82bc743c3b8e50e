package io.forecourt.sales.orders;

import java.util.UUID;

import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.tenancy.RegionDirectory;
import io.forecourt.kernel.tenancy.ScopePredicate;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;

import org.springframework.stereotype.Component;

/**
 * Who may see and move an order. Seeing it is the data scope (a dealer's staff their
 * dealer's orders, a region its dealers', HQ all): outside it an order answers 404 and
 * the attempt is audited. Moving it on (contract, VIN, PDI, delivery, cancellation) is
 * for the consultant who sold it or anyone who manages sales ({@code SALES_MANAGE}).
 */
@Component
class OrderAccess {

	private final SalesOrders orders;

	private final RegionDirectory regions;

	private final AuditLog audit;

	OrderAccess(SalesOrders orders, RegionDirectory regions, AuditLog audit) {
		this.orders = orders;
		this.regions = regions;
		this.audit = audit;
	}

	SalesOrder visible(UUID id) {
		return this.orders.findVisible(id, scope()).orElseThrow(() -> notFound(id));
	}

	/** The order locked for a change by the caller, who must be allowed to work it. */
	SalesOrder lockForWork(UUID id) {
		SalesOrder order = lockVisible(id);
		if (!mayWork(order)) {
			this.audit.recordDenial(SalesOrders.RESOURCE, id, "not the order's consultant");
			throw new ProblemException(ProblemType.FORBIDDEN,
					"Only the order's consultant or a sales manager may move order " + id + " on");
		}
		return order;
	}

	/** The order locked, for anyone who sells within the scope (deposits). */
	SalesOrder lockVisible(UUID id) {
		return this.orders.lockVisible(id, scope()).orElseThrow(() -> notFound(id));
	}

	static boolean mayWork(SalesOrder order) {
		if (CurrentAccess.can(Permission.SALES_MANAGE)) {
			return true;
		}
		UUID staffId = CurrentAccess.principal().map(ForecourtPrincipal::staffId).orElse(null);
		return CurrentAccess.can(Permission.SALES_WRITE) && staffId != null && staffId.equals(order.consultantId());
	}

	ScopePredicate scope() {
		return ScopePredicate.ofDealer(CurrentAccess.scope(), "o.dealer_id", this.regions);
	}

	ProblemException notFound(UUID id) {
		return this.audit.notFound(SalesOrders.RESOURCE, id, this.orders.exists(id));
	}

	static String actor() {
		return CurrentAccess.principal().map(ForecourtPrincipal::name).orElse(ForecourtPrincipal.SYSTEM.name());
	}

}
