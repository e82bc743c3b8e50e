package io.forecourt.presale.reservations;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.network.DealerSummary;
import io.forecourt.presale.campaigns.Campaign;
import io.forecourt.presale.campaigns.CampaignDirectory;
import io.forecourt.sales.NewPayment;
import io.forecourt.sales.PaymentView;
import io.forecourt.sales.Payments;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a reservation's deposit payment through the sales center's payment port (purpose
 * {@value #PURPOSE}), with the caller's {@code Idempotency-Key}: a repeat returns the
 * same payment. The delivery dealer the order will go to is settled here: the one chosen
 * when reserving, the one named now, or the first dealer of the participant's city that
 * sells the brand.
 * <p>
 * The reservation row is not locked: its deadline may pass while the participant pays,
 * and a payment that arrives after the unit was lost is refunded
 * ({@link PresalePaymentListener}).
 */
@Service
public class DepositPayments {

	public static final String PURPOSE = "PRESALE_DEPOSIT";

	static final int KEY_MAX = 200;

	static final String RESOURCE = "presale-reservation";

	private final Reservations reservations;

	private final CampaignDirectory campaigns;

	private final RegionPolicy regions;

	private final Payments payments;

	private final AuditLog audit;

	private final Clock clock;

	DepositPayments(Reservations reservations, CampaignDirectory campaigns, RegionPolicy regions, Payments payments,
			AuditLog audit, Clock clock) {
		this.reservations = reservations;
		this.campaigns = campaigns;
		this.regions = regions;
		this.payments = payments;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws ProblemException not-found; conflict (with {@code reservationStatus}) once
	 * the reservation is paid or past its deadline; validation when no delivery dealer
	 * can be settled; presale-region-not-allowed for a dealer outside the campaign's
	 * regions
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_PRESALE_RESERVE')")
	public PaymentView start(UUID reservationId, @Nullable String dealerCode, @Nullable String idempotencyKey) {
		if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > KEY_MAX) {
			throw ProblemException.validation("Idempotency-Key", "is required, at most " + KEY_MAX + " characters");
		}
		Reservation r = this.reservations.find(reservationId)
			.orElseThrow(() -> ProblemException.notFound("Reservation", reservationId));
		Campaign campaign = this.campaigns.byId(r.campaignId()).orElseThrow();
		Instant now = this.clock.instant();
		if (r.status() != ReservationStatus.RESERVED || r.dueAt(now)) {
			ReservationStatus status = r.dueAt(now) ? ReservationStatus.EXPIRED : r.status();
			throw new ProblemException(ProblemType.CONFLICT,
					"Reservation " + reservationId + " is " + status
							+ "; a deposit is paid while it is RESERVED, before " + r.expiresAt(),
					Map.of("reservationStatus", status.name()));
		}
		UUID dealerId = dealer(campaign, r, dealerCode);
		this.reservations.chooseDealer(reservationId, dealerId);
		PaymentView payment = this.payments.start(new NewPayment(PURPOSE, reservationId, null, dealerId, r.deposit(),
				"定金 " + campaign.nameZh() + " / deposit " + campaign.code(), idempotencyKey));
		this.audit.recordChange(AuditAction.UPDATE, RESOURCE, reservationId,
				"deposit checkout opened: payment " + payment.id() + " " + payment.amount());
		return payment;
	}

	private UUID dealer(Campaign campaign, Reservation r, @Nullable String dealerCode) {
		if (dealerCode != null && !dealerCode.isBlank()) {
			DealerSummary named = this.regions.dealer(dealerCode.strip().toUpperCase(Locale.ROOT))
				.orElseThrow(() -> ProblemException.validation("dealerCode",
						"'" + dealerCode + "' is not an active dealer"));
			if (r.dealerId() != null && !r.dealerId().equals(named.id())) {
				throw ProblemException.validation("dealerCode",
						"the reservation's delivery dealer was chosen when reserving and cannot change");
			}
			if (!this.regions.allows(campaign, r.cityCode(), named)) {
				throw new ProblemException(ProblemType.PRESALE_REGION_NOT_ALLOWED,
						"Dealer " + named.code() + " is outside the regions of presale " + campaign.code());
			}
			return named.id();
		}
		if (r.dealerId() != null) {
			return r.dealerId();
		}
		return (r.cityCode() == null ? java.util.Optional.<DealerSummary>empty()
				: this.regions.dealerIn(r.cityCode(), campaign.brand()))
			.map(DealerSummary::id)
			.orElseThrow(() -> ProblemException.validation("dealerCode",
					"is required: choose the dealer that delivers the car"));
	}

}
