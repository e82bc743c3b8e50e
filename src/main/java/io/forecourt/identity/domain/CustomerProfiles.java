package io.forecourt.identity.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.forecourt.identity.CustomerProfileChanged;
import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.geo.CityCode;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.tenancy.RegionDirectory;
import io.forecourt.kernel.web.ETags;
import io.forecourt.kernel.web.FieldErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing a customer's profile. The profile of a merge group is the survivor's, so an
 * edit through a merged customer's id changes the survivor.
 */
@Service
public class CustomerProfiles {

	enum Gender {

		MALE, FEMALE, UNDISCLOSED

	}

	enum LifecycleStage {

		PROSPECT, LEAD, BUYER, OWNER, LOST

	}

	private static final List<String> LANGUAGES = List.of("zh-CN", "en");

	private final VisibleCustomers visible;

	private final CustomerReads reads;

	private final Profiles profiles;

	private final DealerLinks dealerLinks;

	private final RegionDirectory regions;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CustomerProfiles(VisibleCustomers visible, CustomerReads reads, Profiles profiles, DealerLinks dealerLinks,
			RegionDirectory regions, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.visible = visible;
		this.reads = reads;
		this.profiles = profiles;
		this.dealerLinks = dealerLinks;
		this.regions = regions;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The profile as entered (a full replacement: blank or absent fields are cleared).
	 */
	public record ProfileInput(@Nullable String name, @Nullable String gender, @Nullable String birthday,
			@Nullable String cityCode, @Nullable String household, @Nullable String preferredDealerId,
			@Nullable String preferredLanguage, @Nullable String lifecycleStage) {
	}

	/**
	 * Replaces the profile of the customer if it is still at {@code expectedVersion}.
	 * Setting a preferred dealer also links the customer to it, so that dealer's staff
	 * see the customer; a caller can only pick a dealer within its own scope (a dealer
	 * cannot hand its customer to another; HQ can). An unchanged profile writes nothing.
	 * @return the customer whose profile it is (the survivor, for a merged id)
	 * @throws io.forecourt.kernel.web.ProblemException validation naming every invalid
	 * field (nothing written), precondition failed when the version is stale
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_CUSTOMER_WRITE')")
	public UUID replace(UUID id, long expectedVersion, ProfileInput input) {
		UUID root = this.visible.rootOf(id);
		Profiles.Profile profile = parse(input);
		CustomerView current = this.reads.profile(root).orElseThrow();
		if (current.version() != expectedVersion) {
			throw ETags.stale(Merging.RESOURCE, id);
		}
		List<String> changed = changes(current, profile);
		if (changed.isEmpty()) {
			return root;
		}
		var now = this.clock.instant();
		if (!this.profiles.replace(root, expectedVersion, profile, now)) {
			throw ETags.stale(Merging.RESOURCE, id);
		}
		if (profile.preferredDealerId() != null && changed.contains("preferredDealerId")) {
			this.dealerLinks.link(root, profile.preferredDealerId(), "PREFERRED", now);
		}
		// Field names only: the audit trail must not become a second copy of personal
		// data.
		this.audit.recordChange(AuditAction.UPDATE, Merging.RESOURCE, root, "profile: " + String.join(", ", changed));
		this.events.publishEvent(new CustomerProfileChanged(root));
		return root;
	}

	private Profiles.Profile parse(ProfileInput input) {
		FieldErrors errors = new FieldErrors();
		String name = errors.attempt("name", () -> Inputs.text(input.name(), 100, false));
		Gender gender = errors.attempt("gender", () -> Inputs.oneOf(Gender.class, input.gender(), false));
		LocalDate birthday = errors.attempt("birthday", () -> birthday(input.birthday()));
		CityCode city = errors.attempt("cityCode", () -> {
			String code = Inputs.text(input.cityCode(), 6, false);
			return code == null ? null : new CityCode(code);
		});
		String household = errors.attempt("household", () -> Inputs.text(input.household(), 400, false));
		UUID dealer = errors.attempt("preferredDealerId", () -> dealer(input.preferredDealerId()));
		String language = errors.attempt("preferredLanguage", () -> {
			String text = Inputs.text(input.preferredLanguage(), 10, false);
			if (text != null && !LANGUAGES.contains(text)) {
				throw new IllegalArgumentException("must be one of " + String.join(", ", LANGUAGES));
			}
			return text;
		});
		LifecycleStage stage = errors.attempt("lifecycleStage",
				() -> Inputs.oneOf(LifecycleStage.class, input.lifecycleStage(), true));
		errors.throwIfAny();
		return new Profiles.Profile(name, gender == null ? null : gender.name(), birthday,
				city == null ? null : city.value(), household, dealer, language, Objects.requireNonNull(stage).name());
	}

	private @Nullable LocalDate birthday(@Nullable String text) {
		String value = Inputs.text(text, 10, false);
		if (value == null) {
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("must be a date like 1990-05-17");
		}
		if (date.isAfter(LocalDate.now(this.clock))) {
			throw new IllegalArgumentException("must not be in the future");
		}
		if (date.isBefore(LocalDate.of(1900, 1, 1))) {
			throw new IllegalArgumentException("must be after 1900-01-01");
		}
		return date;
	}

	private @Nullable UUID dealer(@Nullable String text) {
		String value = Inputs.text(text, 36, false);
		if (value == null) {
			return null;
		}
		UUID id;
		try {
			id = UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("must be a dealer id");
		}
		// Unknown and out-of-scope dealers get the same answer, as everywhere.
		UUID region = this.regions.regionOf(id).orElse(null);
		if (region == null || !CurrentAccess.scope().covers(id, region)) {
			throw new IllegalArgumentException("no dealer " + id + " within your scope");
		}
		return id;
	}

	private static List<String> changes(CustomerView current, Profiles.Profile profile) {
		List<String> changed = new ArrayList<>();
		compare(changed, "name", current.name(), profile.name());
		compare(changed, "gender", current.gender(), profile.gender());
		compare(changed, "birthday", current.birthday(), profile.birthday());
		compare(changed, "cityCode", current.cityCode(), profile.cityCode());
		compare(changed, "household", current.household(), profile.household());
		compare(changed, "preferredDealerId", current.preferredDealerId(), profile.preferredDealerId());
		compare(changed, "preferredLanguage", current.preferredLanguage(), profile.preferredLanguage());
		compare(changed, "lifecycleStage", current.lifecycleStage(), profile.lifecycleStage());
		return changed;
	}

	private static void compare(List<String> changed, String field, @Nullable Object before, @Nullable Object after) {
		if (!Objects.equals(before, after)) {
			changed.add(field);
		}
	}

}
