package io.forecourt.service.parts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.jdbc.Where;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.service.parts.PartRequests.NewPart;
import io.forecourt.service.parts.PartRequests.NewPrice;
import io.forecourt.service.parts.PartRequests.PartChange;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OEM's part master: read by everyone in the service center, kept by headquarters
 * (SERVICE_MANAGE with a network-wide scope): part numbers are the OEM's, the same at
 * every dealer. Every change is audited.
 */
@Service
public class PartCatalog {

	static final String PART = "service-part";

	static final String PRICE = "service-part-price";

	private final PartRecords parts;

	private final PartsCalendar calendar;

	private final AuditLog audit;

	PartCatalog(PartRecords parts, PartsCalendar calendar, AuditLog audit) {
		this.parts = parts;
		this.calendar = calendar;
		this.audit = audit;
	}

	/**
	 * Parts by number, whose number or name contains the search text (any case).
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SERVICE_READ')")
	public Page<Part> find(@Nullable String search, PageRequest page) {
		Where where = search(Where.unscoped(), search, "p");
		return Page.of(this.parts.find(where, page, this.calendar.today()), page, this.parts.count(where));
	}

	/**
	 * @throws ProblemException 400 for a malformed part number, 404 for an unknown one
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SERVICE_READ')")
	public Part get(String partNumber) {
		PartNumber number = parse("partNumber", partNumber);
		return this.parts.find(number.value(), this.calendar.today())
			.orElseThrow(() -> ProblemException.notFound("Part", number));
	}

	/** Every price the part has had or will have, latest first. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SERVICE_READ')")
	public List<PartPrice> prices(String partNumber) {
		return this.parts.prices(get(partNumber).partNumber());
	}

	/**
	 * @throws ProblemException 400 naming every bad field; 409 duplicate for a number the
	 * master has; 403 below HQ
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SERVICE_MANAGE')")
	public Part create(NewPart request) {
		requireHq();
		LocalDate today = this.calendar.today();
		FieldErrors errors = new FieldErrors();
		PartNumber number = PartInputs.partNumber(errors, "partNumber", request.partNumber());
		String nameZh = PartInputs.text(errors, "nameZh", request.nameZh(), 100);
		String nameEn = PartInputs.text(errors, "nameEn", request.nameEn(), 100);
		PartUnit unit = PartInputs.choice(errors, "unit", PartUnit.class, request.unit());
		BigDecimal price = PartInputs.price(errors, "listPrice", request.listPrice());
		LocalDate validFrom = validFrom(errors, request.validFrom(), today);
		String replacement = replacement(errors, request.supersededBy(), number);
		errors.throwIfAny();
		if (this.parts.exists(number.value())) {
			throw ProblemException.duplicate("partNumber", number);
		}
		Instant now = this.calendar.now();
		try {
			this.parts.insert(number, nameZh, nameEn, unit, replacement, now);
		}
		catch (DuplicateKeyException ex) {
			throw ProblemException.duplicate("partNumber", number);
		}
		this.parts.savePrice(number.value(), validFrom, price, PartsCalendar.actor(), now);
		this.audit.recordChange(AuditAction.CREATE, PART, number,
				nameEn + " (" + unit + "), list price " + price.toPlainString() + " from " + validFrom
						+ (replacement == null ? "" : ", superseded by " + replacement));
		return this.parts.find(number.value(), today).orElseThrow();
	}

	/**
	 * @throws ProblemException 400 naming every bad field (a supersession that would go
	 * round in a circle too); 404; 412 over a stale version; 403 below HQ
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SERVICE_MANAGE')")
	public Part change(String partNumber, PartChange change, long version) {
		requireHq();
		Part part = get(partNumber);
		FieldErrors errors = new FieldErrors();
		String nameZh = change.nameZh() == null ? part.nameZh()
				: PartInputs.text(errors, "nameZh", change.nameZh(), 100);
		String nameEn = change.nameEn() == null ? part.nameEn()
				: PartInputs.text(errors, "nameEn", change.nameEn(), 100);
		PartUnit unit = change.unit() == null ? part.unit()
				: PartInputs.choice(errors, "unit", PartUnit.class, change.unit());
		String replacement = change.supersededBy() == null ? part.supersededBy()
				: replacement(errors, change.supersededBy(), new PartNumber(part.partNumber()));
		errors.throwIfAny();
		if (this.parts.update(part.partNumber(), version, nameZh, nameEn, unit, replacement,
				this.calendar.now()) == 0) {
			throw new ProblemException(ProblemType.PRECONDITION_FAILED,
					"Part " + part.partNumber() + " was changed by someone else; fetch it again and retry");
		}
		this.audit.recordChange(AuditAction.UPDATE, PART, part.partNumber(),
				nameEn + " (" + unit + ")" + (replacement == null ? "" : ", superseded by " + replacement));
		return this.parts.find(part.partNumber(), this.calendar.today()).orElseThrow();
	}

	/**
	 * Sets the list price from a day on (today when none is given), replacing a price set
	 * for that same day. Days already past keep their price: what was charged stays
	 * explainable.
	 * @throws ProblemException 400; 404; 403 below HQ
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SERVICE_MANAGE')")
	public Part setPrice(String partNumber, NewPrice request) {
		requireHq();
		Part part = get(partNumber);
		LocalDate today = this.calendar.today();
		FieldErrors errors = new FieldErrors();
		BigDecimal price = PartInputs.price(errors, "listPrice", request.listPrice());
		LocalDate validFrom = validFrom(errors, request.validFrom(), today);
		errors.throwIfAny();
		try {
			this.parts.savePrice(part.partNumber(), validFrom, price, PartsCalendar.actor(), this.calendar.now());
		}
		catch (DuplicateKeyException ex) {
			throw ProblemException.conflict("A price for " + part.partNumber() + " from " + validFrom
					+ " was set at the same time; fetch the part and retry");
		}
		this.audit.recordChange(AuditAction.UPDATE, PRICE, part.partNumber(),
				"list price " + price.toPlainString() + " from " + validFrom);
		return this.parts.find(part.partNumber(), today).orElseThrow();
	}

	/** Adds a search over the part number and both names to a condition. */
	static Where search(Where where, @Nullable String search, String alias) {
		if (search == null || search.isBlank()) {
			return where;
		}
		String pattern = "%"
				+ search.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
		return where.and(
				"(lower(" + alias + ".part_number) LIKE :search ESCAPE '\\' OR lower(" + alias
						+ ".name_en) LIKE :search ESCAPE '\\' OR " + alias + ".name_zh LIKE :search ESCAPE '\\')",
				"search", pattern);
	}

	private static PartNumber parse(String field, String raw) {
		try {
			return PartNumber.parse(raw);
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.validation(field, String.valueOf(ex.getMessage()));
		}
	}

	private static @Nullable LocalDate validFrom(FieldErrors errors, @Nullable LocalDate value, LocalDate today) {
		if (value == null) {
			return today;
		}
		if (value.isBefore(today)) {
			errors.reject("validFrom", "must be today (" + today + ") or later: past days keep their price");
			return null;
		}
		return value;
	}

	/**
	 * The replacing part: it must exist, and following its own replacements must never
	 * lead back to this part. Null (and no error) for none or an empty string.
	 */
	private @Nullable String replacement(FieldErrors errors, @Nullable String value, @Nullable PartNumber self) {
		if (value == null || value.isBlank()) {
			return null;
		}
		PartNumber replacement = PartInputs.partNumber(errors, "supersededBy", value);
		if (replacement == null) {
			return null;
		}
		if (replacement.equals(self)) {
			errors.reject("supersededBy", "a part cannot supersede itself");
			return null;
		}
		if (!this.parts.exists(replacement.value())) {
			errors.reject("supersededBy", "no part " + replacement + " in the part master");
			return null;
		}
		Set<String> seen = new HashSet<>();
		Optional<String> next = Optional.of(replacement.value());
		while (next.isPresent() && seen.add(next.get())) {
			if (self != null && next.get().equals(self.value())) {
				errors.reject("supersededBy", replacement + " is itself (through its replacements) superseded by "
						+ self + ": supersession cannot go round in a circle");
				return null;
			}
			next = this.parts.supersededBy(next.get());
		}
		return replacement.value();
	}

	private static void requireHq() {
		if (!CurrentAccess.scope().isAll()) {
			throw new ProblemException(ProblemType.FORBIDDEN,
					"Only headquarters keeps the part master: part numbers and prices are the same at every dealer");
		}
	}

}
