package io.forecourt.network.domain;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hiring, revising and reading a dealer's staff. Staff phone numbers and e-mail addresses
 * are personal data: whoever may see them unmasked ({@link Permission#PERSONAL_DATA})
 * leaves an audit record for every record read.
 */
@Service
@Transactional
public class StaffAdministration {

	static final String RESOURCE = "staff";

	private final StaffMembers staff;

	private final Dealers dealers;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StaffAdministration(StaffMembers staff, Dealers dealers, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.staff = staff;
		this.dealers = dealers;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@PreAuthorize("hasAuthority('PERM_NETWORK_READ')")
	public Page<Staff> search(StaffSearch search, PageRequest page) {
		Page<Staff> found = this.staff.search(search, page);
		auditPersonalDataView(found.items().stream().map(Staff::id).toList());
		return found;
	}

	@PreAuthorize("hasAuthority('PERM_NETWORK_READ')")
	public Staff get(UUID id) {
		Staff member = visible(id);
		auditPersonalDataView(List.of(id));
		return member;
	}

	@PreAuthorize("hasAuthority('PERM_STAFF_WRITE')")
	public Staff hire(UUID dealerId, Staff.StaffDetails details) {
		if (this.dealers.findVisible(dealerId).isEmpty()) {
			if (this.dealers.exists(dealerId)) {
				this.audit.recordDenial(DealerAdministration.RESOURCE, dealerId, "hire staff outside scope");
			}
			throw ProblemException.validation("dealerId", "no such dealer");
		}
		Staff member = Staff.join(dealerId, details, this.clock.instant());
		this.staff.insert(member);
		this.audit.recordChange(AuditAction.CREATE, RESOURCE, member.id(), "dealer=" + dealerId);
		member.takeEvent().ifPresent(this.events::publishEvent);
		return member;
	}

	@PreAuthorize("hasAuthority('PERM_STAFF_WRITE')")
	public Staff revise(UUID id, long expectedVersion, Staff.StaffDetails details, boolean active) {
		Staff member = visible(id);
		member.revise(details, active, this.clock.instant());
		this.staff.update(member, expectedVersion);
		this.audit.recordChange(AuditAction.UPDATE, RESOURCE, id, "active=" + active);
		member.takeEvent().ifPresent(this.events::publishEvent);
		return member;
	}

	private Staff visible(UUID id) {
		return this.staff.findVisible(id).orElseThrow(() -> this.audit.notFound(RESOURCE, id, this.staff.exists(id)));
	}

	private void auditPersonalDataView(List<UUID> ids) {
		if (CurrentAccess.can(Permission.PERSONAL_DATA) && !ids.isEmpty()) {
			this.audit.recordPersonalDataViews(RESOURCE, ids, "phone, email");
		}
	}

}
