package io.forecourt.network.domain;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.web.ProblemException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, renaming and reading regions, within the caller's permissions and scope. */
@Service
@Transactional
public class RegionAdministration {

	static final String RESOURCE = "region";

	private final Regions regions;

	private final Oems oems;

	private final AuditLog audit;

	private final Clock clock;

	RegionAdministration(Regions regions, Oems oems, AuditLog audit, Clock clock) {
		this.regions = regions;
		this.oems = oems;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_NETWORK_READ')")
	public List<Region> list() {
		return this.regions.findAllVisible();
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_NETWORK_READ')")
	public Region get(UUID id) {
		return this.regions.findVisible(id)
			.orElseThrow(() -> this.audit.notFound(RESOURCE, id, this.regions.exists(id)));
	}

	@PreAuthorize("hasAuthority('PERM_NETWORK_WRITE')")
	public Region create(String code, String nameZh, String nameEn) {
		if (this.regions.codeTaken(code)) {
			throw ProblemException.duplicate("code", code);
		}
		UUID oem = this.oems.theOem()
			.orElseThrow(() -> ProblemException.conflict("No OEM is set up yet; regions belong to an OEM"));
		Region region = Region.create(oem, code, nameZh, nameEn, this.clock.instant());
		this.regions.insert(region);
		this.audit.recordChange(AuditAction.CREATE, RESOURCE, region.id(), "code=" + code);
		return region;
	}

	@PreAuthorize("hasAuthority('PERM_NETWORK_WRITE')")
	public Region rename(UUID id, long expectedVersion, String nameZh, String nameEn) {
		Region region = get(id);
		region.rename(nameZh, nameEn, this.clock.instant());
		this.regions.update(region, expectedVersion);
		this.audit.recordChange(AuditAction.UPDATE, RESOURCE, id, "names");
		return region;
	}

}
