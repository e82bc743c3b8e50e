package io.forecourt.sales.quotes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.ETags;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.network.DealerNetwork;
import io.forecourt.network.DealerSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each dealer's discount limit: HQ sets it (pricing discipline across the network);
 * dealers read their own.
 */
@Service
public class DiscountLimitAdministration {

	static final String LIMIT = "discount-limit";

	private final DiscountLimits limits;

	private final DealerNetwork network;

	private final QuoteSettings settings;

	private final AuditLog audit;

	private final Clock clock;

	DiscountLimitAdministration(DiscountLimits limits, DealerNetwork network, QuoteSettings settings, AuditLog audit,
			Clock clock) {
		this.limits = limits;
		this.network = network;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws ProblemException not found for a dealer outside the scope
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	public DiscountLimit get(UUID dealerId) {
		visibleDealer(dealerId);
		return limitOf(dealerId);
	}

	/**
	 * Sets a dealer's limit. The first time (the dealer still has the default) no
	 * {@code If-Match} is needed; after that, the ETag of the limit being changed.
	 * @throws ProblemException validation; 412/428 for a stale or missing If-Match
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_CATALOG_WRITE')")
	public DiscountLimit set(UUID dealerId, @Nullable BigDecimal maxAmount, @Nullable BigDecimal maxPercent,
			@Nullable String ifMatch) {
		visibleDealer(dealerId);
		FieldErrors errors = new FieldErrors();
		if (maxAmount == null || maxAmount.signum() < 0 || maxAmount.stripTrailingZeros().scale() > 2
				|| maxAmount.compareTo(QuoteRequests.MAX_AMOUNT) >= 0) {
			errors.reject("maxAmount", "is required: yuan, 0 or more, at most two decimals");
		}
		if (maxPercent == null || maxPercent.signum() < 0 || maxPercent.compareTo(BigDecimal.valueOf(100)) > 0
				|| maxPercent.stripTrailingZeros().scale() > 2) {
			errors.reject("maxPercent", "is required: 0-100 with at most two decimals");
		}
		errors.throwIfAny();
		Instant now = this.clock.instant();
		String by = CurrentAccess.principal().map(ForecourtPrincipal::name).orElse("system");
		DiscountLimit current = limitOf(dealerId);
		if (!current.configured()) {
			this.limits.insert(dealerId, maxAmount.setScale(2), maxPercent.setScale(2), by, now);
		}
		else if (!this.limits.update(dealerId, maxAmount.setScale(2), maxPercent.setScale(2), by, now,
				ETags.expectedVersion(ifMatch))) {
			throw ETags.stale("Discount limit of dealer", dealerId);
		}
		this.audit.recordChange(current.configured() ? AuditAction.UPDATE : AuditAction.CREATE, LIMIT, dealerId,
				"max " + maxAmount.toPlainString() + " yuan and " + maxPercent.toPlainString() + "% of MSRP");
		return limitOf(dealerId);
	}

	/** The dealer's own limit, or the default; no scope check. */
	DiscountLimit limitOf(UUID dealerId) {
		return this.limits.find(dealerId)
			.orElseGet(() -> new DiscountLimit(dealerId, this.settings.defaultMaxDiscount().setScale(2),
					this.settings.defaultMaxDiscountPercent().setScale(2), false, 0));
	}

	private DealerSummary visibleDealer(UUID dealerId) {
		return this.network.dealer(dealerId)
			.filter(dealer -> CurrentAccess.scope().covers(dealer.id(), dealer.regionId()))
			.orElseThrow(() -> ProblemException.notFound("Dealer", dealerId));
	}

}
