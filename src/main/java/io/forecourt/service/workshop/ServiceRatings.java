package io.forecourt.service.workshop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.service.workshop.WorkshopRequests.Rating;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dealer's service rating (1 to 5, with the number of reviews behind it), which the
 * dealer recommendation weighs: set by HQ, or fed by the satisfaction surveys. Every
 * change is audited.
 */
@Service
public class ServiceRatings {

	static final String RATING = "service-rating";

	private final ServiceDealers dealers;

	private final WorkshopRecords records;

	private final AuditLog audit;

	private final Clock clock;

	ServiceRatings(ServiceDealers dealers, WorkshopRecords records, AuditLog audit, Clock clock) {
		this.dealers = dealers;
		this.records = records;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SERVICE_READ')")
	public Optional<ServiceRating> rating(UUID dealerId) {
		this.dealers.visible(dealerId);
		return Optional.ofNullable(this.records.ratings(List.of(dealerId)).get(dealerId));
	}

	/**
	 * Sets a dealer's service rating: HQ's business (a dealer does not rate itself); the
	 * satisfaction surveys feed it through {@link #recordRating}.
	 * @throws ProblemException forbidden below HQ; validation; not found
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SERVICE_MANAGE')")
	public ServiceRating rate(UUID dealerId, Rating request) {
		if (!CurrentAccess.scope().isAll()) {
			throw new ProblemException(ProblemType.FORBIDDEN, "Only headquarters sets service ratings");
		}
		FieldErrors errors = new FieldErrors();
		if (request.rating() == null) {
			errors.reject("rating", "is required");
		}
		else if (request.rating().compareTo(BigDecimal.ONE) < 0
				|| request.rating().compareTo(BigDecimal.valueOf(5)) > 0) {
			errors.reject("rating", "must be 1 to 5");
		}
		int reviews = request.reviews() == null ? 0 : request.reviews();
		if (reviews < 0) {
			errors.reject("reviews", "must be 0 or more");
		}
		errors.throwIfAny();
		this.dealers.visible(dealerId);
		return recordRating(dealerId, request.rating(), reviews);
	}

	/**
	 * Records a dealer's rating as a system operation (no permission check), e.g. from
	 * the satisfaction surveys' figures; joins the caller's transaction.
	 */
	@Transactional
	public ServiceRating recordRating(UUID dealerId, BigDecimal rating, int reviews) {
		ServiceRating saved = new ServiceRating(dealerId, rating.setScale(2, RoundingMode.HALF_UP), reviews,
				this.clock.instant());
		this.records.saveRating(saved,
				CurrentAccess.principal().map(ForecourtPrincipal::name).orElse(ForecourtPrincipal.SYSTEM.name()));
		this.audit.recordChange(AuditAction.UPDATE, RATING, dealerId,
				"service rating " + saved.rating() + " from " + reviews + " reviews");
		return saved;
	}

}
