package io.forecourt.network.domain;

import java.time.Clock;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.network.DealerStatus;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering, revising, suspending and reading dealers. Changes, their audit records and
 * their events commit in one transaction.
 */
@Service
@Transactional
public class DealerAdministration {

	static final String RESOURCE = "dealer";

	private final Dealers dealers;

	private final Regions regions;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DealerAdministration(Dealers dealers, Regions regions, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.dealers = dealers;
		this.regions = regions;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_NETWORK_READ')")
	public Page<Dealer> search(DealerSearch search, PageRequest page) {
		return this.dealers.search(search, page);
	}

	/**
	 * One dealer. A single-row read needs no transaction of its own (that would cost a
	 * BEGIN and a COMMIT round trip on the hottest read); it joins the caller's if there
	 * is one, as {@link #revise} does.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	@PreAuthorize("hasAuthority('PERM_NETWORK_READ')")
	public Dealer get(UUID id) {
		return this.dealers.findVisible(id)
			.orElseThrow(() -> this.audit.notFound(RESOURCE, id, this.dealers.exists(id)));
	}

	@PreAuthorize("hasAuthority('PERM_NETWORK_WRITE')")
	public Dealer register(String code, UUID regionId, DealerProfile profile) {
		if (this.dealers.codeTaken(code)) {
			throw ProblemException.duplicate("code", code);
		}
		Region region = visibleRegion(regionId);
		Dealer dealer = Dealer.register(region.oemId(), region.id(), code, profile, this.clock.instant());
		this.dealers.insert(dealer);
		this.audit.recordChange(AuditAction.CREATE, RESOURCE, dealer.id(), "code=" + code);
		dealer.takeEvents().forEach(this.events::publishEvent);
		return dealer;
	}

	@PreAuthorize("hasAuthority('PERM_NETWORK_WRITE')")
	public Dealer revise(UUID id, long expectedVersion, UUID regionId, DealerProfile profile, DealerStatus status) {
		Dealer dealer = get(id);
		Region region = visibleRegion(regionId);
		dealer.revise(region.id(), profile, this.clock.instant());
		dealer.changeStatus(status, this.clock.instant());
		this.dealers.update(dealer, expectedVersion);
		this.audit.recordChange(AuditAction.UPDATE, RESOURCE, id, "status=" + status);
		dealer.takeEvents().forEach(this.events::publishEvent);
		return dealer;
	}

	private Region visibleRegion(UUID regionId) {
		return this.regions.findVisible(regionId)
			.orElseThrow(() -> ProblemException.validation("regionId", "no such region"));
	}

}
