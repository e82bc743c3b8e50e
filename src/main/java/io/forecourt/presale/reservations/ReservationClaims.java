package io.forecourt.presale.reservations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.forecourt.presale.PresaleReserved;
import io.forecourt.presale.campaigns.Campaign;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The claim transaction: one per reservation attempt that got this far, deciding
 * RESERVED, SOLD_OUT or LIMIT_REACHED for good.
 * <ol>
 * <li>The person's live reservations (by phone, and by ID number where required) are
 * read; those past their deadline are ended first, so the person's slot is free again. No
 * free slot of the person's 1..limit: LIMIT_REACHED, nothing claimed.</li>
 * <li>A capped configuration's token is claimed, then a unit (see {@link UnitClaims}):
 * none free, SOLD_OUT, and the transaction rolls back.</li>
 * <li>Reservations whose lapsed hold a claimed row still named are ended (in id order, so
 * two claims never wait for each other's in a circle).</li>
 * <li>The reservation is inserted naming its unit, token and person slots. Unique indexes
 * on each are the backstop: a concurrent attempt of the same person makes the insert skip
 * (PostgreSQL waits for the other to commit first), and this one rolls back as
 * LIMIT_REACHED.</li>
 * </ol>
 */
@Component
class ReservationClaims {

	private final Reservations reservations;

	private final UnitClaims claims;

	private final ReservationExpiry expiry;

	private final ApplicationEventPublisher events;

	ReservationClaims(Reservations reservations, UnitClaims claims, ReservationExpiry expiry,
			ApplicationEventPublisher events) {
		this.reservations = reservations;
		this.claims = claims;
		this.expiry = expiry;
		this.events = events;
	}

	@Transactional
	ClaimResult claim(Campaign campaign, Claim claim, Instant now) {
		List<Reservation> live = new ArrayList<>();
		for (Reservation r : this.reservations.liveOf(campaign.id(), claim.personKey(), claim.idNumberKey())) {
			if (r.dueAt(now)) {
				this.expiry.expire(campaign, r, now);
			}
			else {
				live.add(r);
			}
		}
		Integer personSeq = freeSeq(live, r -> claim.personKey().equals(r.personKey()), Reservation::personSeq,
				campaign.perPersonLimit());
		String idKey = claim.idNumberKey();
		Integer idSeq = idKey == null ? null : freeSeq(live, r -> idKey.equals(r.idNumberKey()),
				Reservation::idNumberSeq, campaign.perPersonLimit());
		if (personSeq == null || (idKey != null && idSeq == null)) {
			return new ClaimResult.LimitReached();
		}
		UUID id = UUID.randomUUID();
		Instant expiresAt = now.plus(campaign.paymentWindow());
		List<UnitClaims.Claimed> lapsed = new ArrayList<>();
		Integer tokenSlot = null;
		String configuration = claim.configurationCode();
		Integer cap = configuration == null ? null
				: campaign.offer(configuration).map(Campaign.Offer::cap).orElse(null);
		if (configuration != null && cap != null) {
			Optional<UnitClaims.Claimed> token = this.claims.claim(campaign.id(), configuration, cap, id, expiresAt,
					now);
			if (token.isEmpty()) {
				return rollBack(new ClaimResult.SoldOut(configuration,
						this.claims.nextReturn(campaign.id(), configuration, now)));
			}
			tokenSlot = token.get().slot();
			lapsed.add(token.get());
		}
		Optional<UnitClaims.Claimed> unit = this.claims.claim(campaign.id(), null, campaign.quota(), id, expiresAt,
				now);
		if (unit.isEmpty()) {
			return rollBack(new ClaimResult.SoldOut(null, this.claims.nextReturn(campaign.id(), null, now)));
		}
		lapsed.add(unit.get());
		if (!endLapsed(campaign, lapsed, now)) {
			return rollBack(new ClaimResult.Contended());
		}
		Reservation reservation = new Reservation(id, campaign.id(), ReservationStatus.RESERVED, unit.get().slot(),
				configuration, tokenSlot, claim.personKey(), personSeq, idKey, idSeq, claim.phone(), claim.name(),
				claim.cityCode(), claim.dealerId(), claim.consentMarketing(), campaign.deposit(), now, expiresAt, null,
				null, null, null, null, null, null);
		if (!this.reservations.insert(reservation)) {
			return rollBack(new ClaimResult.LimitReached());
		}
		this.events.publishEvent(new PresaleReserved(id, campaign.id(), campaign.code(), configuration,
				claim.cityCode(), claim.dealerId(), campaign.deposit(), now, expiresAt));
		return new ClaimResult.Reserved(reservation);
	}

	/**
	 * Ends the reservations whose lapsed holds the claimed rows named.
	 * @return false if one of them is still live (a race the claim must not win)
	 */
	private boolean endLapsed(Campaign campaign, List<UnitClaims.Claimed> claimed, Instant now) {
		List<UnitClaims.Claimed> holders = claimed.stream()
			.filter(c -> c.lapsedHolder() != null)
			.sorted(Comparator.comparing(UnitClaims.Claimed::lapsedHolder))
			.toList();
		Set<UUID> done = new java.util.HashSet<>();
		for (UnitClaims.Claimed holder : holders) {
			UUID reservation = holder.lapsedHolder();
			if (!done.add(reservation)) {
				continue;
			}
			Instant deadline = holder.lapsedAt() == null ? now : holder.lapsedAt();
			if (!this.expiry.ended(campaign, reservation, deadline, now)
					&& this.reservations.statusOf(reservation) != ReservationStatus.EXPIRED) {
				return false;
			}
		}
		return true;
	}

	/** The lowest of 1..limit that none of the person's live reservations takes. */
	private static @Nullable Integer freeSeq(List<Reservation> live, Predicate<Reservation> samePerson,
			Function<Reservation, @Nullable Integer> seq, int limit) {
		Set<Integer> taken = live.stream()
			.filter(samePerson)
			.map(seq)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		for (int i = 1; i <= limit; i++) {
			if (!taken.contains(i)) {
				return i;
			}
		}
		return null;
	}

	private static ClaimResult rollBack(ClaimResult result) {
		TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		return result;
	}

}
