package io.forecourt.presale.reservations;

import java.time.Clock;
import java.util.UUID;

import io.forecourt.kernel.web.ProblemException;
import io.forecourt.presale.campaigns.CampaignDirectory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reservations as the brand app (which holds their ids) and HQ read them. */
@Service
public class ReservationReads {

	private final Reservations reservations;

	private final CampaignDirectory campaigns;

	private final Clock clock;

	ReservationReads(Reservations reservations, CampaignDirectory campaigns, Clock clock) {
		this.reservations = reservations;
		this.campaigns = campaigns;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyAuthority('PERM_PRESALE_RESERVE', 'PERM_PRESALE_READ')")
	public ReservationView view(UUID id) {
		Reservation r = this.reservations.find(id).orElseThrow(() -> ProblemException.notFound("Reservation", id));
		return ReservationView.of(r, this.campaigns.byId(r.campaignId()).orElseThrow(), this.clock.instant());
	}

}
