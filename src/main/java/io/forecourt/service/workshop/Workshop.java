package io.forecourt.service.workshop;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.time.QuarterHours;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.network.DealerSummary;
import io.forecourt.service.workshop.WorkshopRequests.BayChange;
import io.forecourt.service.workshop.WorkshopRequests.NewBay;
import io.forecourt.service.workshop.WorkshopRequests.NewServiceType;
import io.forecourt.service.workshop.WorkshopRequests.NewTechnician;
import io.forecourt.service.workshop.WorkshopRequests.ServiceTypeChange;
import io.forecourt.service.workshop.WorkshopRequests.TechnicianChange;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dealer's workshop configuration, read by everyone in the service center and changed
 * by its managers and HQ: bays, technicians and their skills, the service types it offers
 * (its service rating is {@link ServiceRatings}). Every change is audited. A bay or
 * technician that has appointments to come cannot be taken out of service, nor a bay
 * change its kind, until they are moved.
 */
@Service
public class Workshop {

	static final String BAY = "service-bay";

	static final String TECHNICIAN = "service-technician";

	static final String SERVICE_TYPE = "service-type";

	private static final Pattern BAY_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,19}");

	private static final Pattern TYPE_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,29}");

	private final ServiceDealers dealers;

	private final WorkshopRecords records;

	private final WorkshopHolds holds;

	private final AuditLog audit;

	private final Clock clock;

	Workshop(ServiceDealers dealers, WorkshopRecords records, WorkshopHolds holds, AuditLog audit, Clock clock) {
		this.dealers = dealers;
		this.records = records;
		this.holds = holds;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SERVICE_READ')")
	public List<Bay> bays(UUID dealerId, boolean inactiveToo) {
		this.dealers.visible(dealerId);
		return this.records.bays(dealerId, inactiveToo);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SERVICE_READ')")
	public List<Technician> technicians(UUID dealerId, boolean inactiveToo) {
		this.dealers.visible(dealerId);
		return this.records.technicians(dealerId, inactiveToo);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SERVICE_READ')")
	public List<ServiceType> serviceTypes(UUID dealerId, boolean inactiveToo) {
		this.dealers.visible(dealerId);
		return this.records.serviceTypes(dealerId, inactiveToo);
	}

	/**
	 * @throws ProblemException validation naming each bad field; duplicate for a code the
	 * dealer has; not found outside the scope
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SERVICE_MANAGE')")
	public Bay addBay(UUID dealerId, NewBay request) {
		FieldErrors errors = new FieldErrors();
		String code = code(errors, "code", request.code(), BAY_CODE, 20);
		String name = required(errors, "name", request.name(), 100);
		BayKind kind = errors.attempt("kind", () -> parse(BayKind.class, request.kind()));
		errors.throwIfAny();
		this.dealers.visible(dealerId);
		if (this.records.bayCodeTaken(dealerId, code)) {
			throw ProblemException.duplicate("code", code);
		}
		Instant now = this.clock.instant();
		Bay bay = new Bay(UUID.randomUUID(), dealerId, code, name, kind, true, 0, now, now);
		this.records.insert(bay);
		this.audit.recordChange(AuditAction.CREATE, BAY, bay.id(), "bay " + code + " (" + kind + ") at " + dealerId);
		return bay;
	}

	/**
	 * @throws ProblemException validation; not found outside the scope; 412 over a stale
	 * version; conflict when appointments to come need it as it is
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SERVICE_MANAGE')")
	public Bay changeBay(UUID bayId, BayChange change, long version) {
		FieldErrors errors = new FieldErrors();
		String name = change.name() == null ? null : required(errors, "name", change.name(), 100);
		BayKind kind = change.kind() == null ? null : errors.attempt("kind", () -> parse(BayKind.class, change.kind()));
		errors.throwIfAny();
		Bay bay = this.records.bay(bayId)
			.filter(b -> visible(b.dealerId()))
			.orElseThrow(() -> this.audit.notFound(BAY, bayId, this.records.bay(bayId).isPresent()));
		if (bay.version() != version) {
			throw stale("Bay", bayId);
		}
		boolean active = change.active() == null ? bay.active() : change.active();
		BayKind newKind = kind == null ? bay.kind() : kind;
		if ((bay.active() && !active) || newKind != bay.kind()) {
			requireNothingAhead(WorkshopHolds.Resource.BAY, bayId, "Bay " + bay.code());
		}
		Bay changed = new Bay(bay.id(), bay.dealerId(), bay.code(), name == null ? bay.name() : name, newKind, active,
				bay.version(), bay.createdAt(), this.clock.instant());
		this.records.save(changed);
		this.audit.recordChange(AuditAction.UPDATE, BAY, bayId,
				"bay " + bay.code() + ": " + changed.name() + ", " + newKind + (active ? "" : ", out of service"));
		return this.records.bay(bayId).orElseThrow();
	}

	/**
	 * @throws ProblemException validation naming each bad field; not found outside the
	 * scope
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SERVICE_MANAGE')")
	public Technician addTechnician(UUID dealerId, NewTechnician request) {
		FieldErrors errors = new FieldErrors();
		String name = required(errors, "name", request.name(), 100);
		Set<Skill> skills = skills(errors, request.skills());
		errors.throwIfAny();
		DealerSummary dealer = this.dealers.visible(dealerId);
		if (request.staffId() != null) {
			requireStaff(dealer, request.staffId());
		}
		Instant now = this.clock.instant();
		Technician technician = new Technician(UUID.randomUUID(), dealerId, name, request.staffId(), skills, true, 0,
				now, now);
		this.records.insert(technician);
		this.audit.recordChange(AuditAction.CREATE, TECHNICIAN, technician.id(),
				"technician " + name + " " + skills + " at " + dealer.code());
		return technician;
	}

	/**
	 * @throws ProblemException validation; not found outside the scope; 412 over a stale
	 * version; conflict when appointments to come need the technician
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SERVICE_MANAGE')")
	public Technician changeTechnician(UUID technicianId, TechnicianChange change, long version) {
		FieldErrors errors = new FieldErrors();
		String name = change.name() == null ? null : required(errors, "name", change.name(), 100);
		Set<Skill> skills = change.skills() == null ? null : skills(errors, change.skills());
		errors.throwIfAny();
		Technician technician = this.records.technician(technicianId)
			.filter(t -> visible(t.dealerId()))
			.orElseThrow(() -> this.audit.notFound(TECHNICIAN, technicianId,
					this.records.technician(technicianId).isPresent()));
		if (technician.version() != version) {
			throw stale("Technician", technicianId);
		}
		boolean active = change.active() == null ? technician.active() : change.active();
		Set<Skill> newSkills = skills == null ? technician.skills() : skills;
		if ((technician.active() && !active) || !newSkills.containsAll(technician.skills())) {
			requireNothingAhead(WorkshopHolds.Resource.TECHNICIAN, technicianId, "Technician " + technician.name());
		}
		Technician changed = new Technician(technician.id(), technician.dealerId(),
				name == null ? technician.name() : name, technician.staffId(), newSkills, active, technician.version(),
				technician.createdAt(), this.clock.instant());
		this.records.save(changed);
		this.audit.recordChange(AuditAction.UPDATE, TECHNICIAN, technicianId,
				"technician " + changed.name() + " " + newSkills + (active ? "" : ", out of service"));
		return this.records.technician(technicianId).orElseThrow();
	}

	/**
	 * @throws ProblemException validation naming each bad field; duplicate for a code the
	 * dealer has; not found outside the scope
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SERVICE_MANAGE')")
	public ServiceType defineServiceType(UUID dealerId, NewServiceType request) {
		ServiceType type = read(dealerId, request);
		this.dealers.visible(dealerId);
		if (this.records.serviceType(dealerId, type.code()).isPresent()) {
			throw ProblemException.duplicate("code", type.code());
		}
		this.records.insert(type);
		this.audit.recordChange(AuditAction.CREATE, SERVICE_TYPE, dealerId + "/" + type.code(),
				type.nameEn() + ", " + type.standardMinutes() + " min, " + type.requiredSkill() + " in a "
						+ type.requiredBayKind() + " bay");
		return type;
	}

	/**
	 * Adds the {@linkplain StandardServiceTypes standard service types} the dealer does
	 * not offer yet.
	 * @return how many were added
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SERVICE_MANAGE')")
	public int addStandardServiceTypes(UUID dealerId) {
		this.dealers.visible(dealerId);
		int added = 0;
		for (NewServiceType standard : StandardServiceTypes.ALL) {
			if (this.records.serviceType(dealerId, standard.code()).isEmpty()) {
				defineServiceType(dealerId, standard);
				added++;
			}
		}
		return added;
	}

	/**
	 * @throws ProblemException validation; not found outside the scope or for an unknown
	 * code; 412 over a stale version
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SERVICE_MANAGE')")
	public ServiceType changeServiceType(UUID dealerId, String code, ServiceTypeChange change, long version) {
		this.dealers.visible(dealerId);
		ServiceType type = this.records.serviceType(dealerId, code)
			.orElseThrow(() -> ProblemException.notFound("Service type", code));
		if (type.version() != version) {
			throw stale("Service type", code);
		}
		NewServiceType merged = new NewServiceType(type.code(), type.category().name(),
				change.nameZh() == null ? type.nameZh() : change.nameZh(),
				change.nameEn() == null ? type.nameEn() : change.nameEn(),
				change.standardMinutes() == null ? type.standardMinutes() : change.standardMinutes(),
				change.requiredSkill() == null ? type.requiredSkill().name() : change.requiredSkill(),
				change.requiredBayKind() == null ? type.requiredBayKind().name() : change.requiredBayKind(),
				change.intervalKm() == null ? type.intervalKm() : change.intervalKm(),
				change.intervalMonths() == null ? type.intervalMonths() : change.intervalMonths());
		ServiceType read = read(dealerId, merged);
		ServiceType changed = new ServiceType(dealerId, code, type.category(), read.nameZh(), read.nameEn(),
				read.standardMinutes(), read.requiredSkill(), read.requiredBayKind(), read.intervalKm(),
				read.intervalMonths(), change.active() == null ? type.active() : change.active(), type.version(),
				this.clock.instant());
		this.records.save(changed);
		this.audit.recordChange(AuditAction.UPDATE, SERVICE_TYPE, dealerId + "/" + code,
				changed.nameEn() + ", " + changed.standardMinutes() + " min" + (changed.active() ? "" : ", withdrawn"));
		return this.records.serviceType(dealerId, code).orElseThrow();
	}

	private ServiceType read(UUID dealerId, NewServiceType request) {
		FieldErrors errors = new FieldErrors();
		String code = code(errors, "code", request.code(), TYPE_CODE, 30);
		ServiceCategory category = errors.attempt("category", () -> parse(ServiceCategory.class, request.category()));
		String nameZh = required(errors, "nameZh", request.nameZh(), 100);
		String nameEn = required(errors, "nameEn", request.nameEn(), 100);
		Integer minutes = request.standardMinutes();
		if (minutes == null) {
			errors.reject("standardMinutes", "is required");
		}
		else if (minutes < 15 || minutes > 600 || minutes % 15 != 0) {
			errors.reject("standardMinutes", "must be 15 to 600 minutes, in steps of 15");
		}
		Skill skill = errors.attempt("requiredSkill", () -> parse(Skill.class, request.requiredSkill()));
		BayKind kind = errors.attempt("requiredBayKind", () -> parse(BayKind.class, request.requiredBayKind()));
		if (request.intervalKm() != null && (request.intervalKm() < 1 || request.intervalKm() > 200_000)) {
			errors.reject("intervalKm", "must be 1 to 200000");
		}
		if (request.intervalMonths() != null && (request.intervalMonths() < 1 || request.intervalMonths() > 120)) {
			errors.reject("intervalMonths", "must be 1 to 120");
		}
		if (category == ServiceCategory.MAINTENANCE && request.intervalKm() == null
				&& request.intervalMonths() == null) {
			errors.reject("intervalKm", "routine maintenance needs an interval in km, months or both");
		}
		errors.throwIfAny();
		return new ServiceType(dealerId, code, category, nameZh, nameEn, minutes, skill, kind, request.intervalKm(),
				request.intervalMonths(), true, 0, this.clock.instant());
	}

	private void requireNothingAhead(WorkshopHolds.Resource resource, UUID id, String what) {
		long ahead = this.holds.heldFrom(resource, id, QuarterHours.unitOf(this.clock.instant()));
		if (ahead > 0) {
			throw ProblemException
				.conflict(what + " has appointments to come; move or cancel them first (it cannot change that way)");
		}
	}

	private void requireStaff(DealerSummary dealer, UUID staffId) {
		boolean staff = false;
		for (Role role : Role.values()) {
			if (this.dealers.network().activeStaff(dealer.id(), role).stream().anyMatch(s -> s.id().equals(staffId))) {
				staff = true;
				break;
			}
		}
		if (!staff) {
			throw ProblemException.validation("staffId", "is not an active staff member of " + dealer.code());
		}
		if (this.records.staffLinked(staffId)) {
			throw ProblemException.duplicate("staffId", staffId);
		}
	}

	private boolean visible(UUID dealerId) {
		return this.dealers.network()
			.dealer(dealerId)
			.map(d -> CurrentAccess.scope().covers(d.id(), d.regionId()))
			.orElse(false);
	}

	private static ProblemException stale(String what, Object id) {
		return new ProblemException(ProblemType.PRECONDITION_FAILED,
				what + " " + id + " was changed by someone else; fetch it again and retry");
	}

	private static Set<Skill> skills(FieldErrors errors, @Nullable List<String> values) {
		if (values == null || values.isEmpty()) {
			errors.reject("skills", "name at least one skill");
			return Set.of();
		}
		Set<Skill> skills = EnumSet.noneOf(Skill.class);
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i);
			Skill skill = errors.attempt("skills[" + i + "]", () -> parse(Skill.class, value));
			if (skill != null) {
				skills.add(skill);
			}
		}
		return skills;
	}

	static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("is required");
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			List<String> names = new ArrayList<>();
			for (E constant : type.getEnumConstants()) {
				names.add(constant.name());
			}
			throw new IllegalArgumentException("must be one of " + String.join(", ", names));
		}
	}

	private static @Nullable String required(FieldErrors errors, String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			errors.reject(field, "is required");
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			errors.reject(field, "must be at most " + max + " characters");
			return null;
		}
		return text;
	}

	private static @Nullable String code(FieldErrors errors, String field, @Nullable String value, Pattern pattern,
			int max) {
		String text = required(errors, field, value, max);
		if (text == null) {
			return null;
		}
		String code = text.toUpperCase(Locale.ROOT);
		if (!pattern.matcher(code).matches()) {
			errors.reject(field, "must be letters A-Z, digits and dashes, at most " + max);
			return null;
		}
		return code;
	}

}
