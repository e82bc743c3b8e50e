package io.forecourt.identity.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.forecourt.identity.Identifier;
import io.forecourt.identity.IdentityKind;
import io.forecourt.identity.Resolution;
import io.forecourt.identity.ResolutionRequest;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.contact.PhoneNumber;
import io.forecourt.kernel.identity.NationalIdNumber;
import io.forecourt.kernel.identity.PersonalDataProtection;
import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers as people at the console and the API see them: found within the caller's
 * scope, phone, e-mail and ID numbers masked unless the caller holds the personal-data
 * permission (and then every view is audited), merged and unmerged by HQ.
 */
@Service
public class CustomerAdministration {

	private static final int SEARCH_LIMIT = 50;

	/** The 360 view shows the latest entries; the full timeline is paged on its own. */
	private static final int LATEST_TIMELINE_ENTRIES = 20;

	private final IdentityResolution resolution;

	private final IdentifierNormalizer normalizer;

	private final Customers customers;

	private final CustomerReads reads;

	private final Identities identities;

	private final Merges merges;

	private final Merging merging;

	private final MergeSuggestions suggestions;

	private final PersonalDataProtection protection;

	private final AuditLog audit;

	private final VisibleCustomers visible;

	private final java.time.Clock clock;

	private final Tags tags;

	private final Consents consents;

	private final Timeline timeline;

	CustomerAdministration(IdentityResolution resolution, IdentifierNormalizer normalizer, Customers customers,
			CustomerReads reads, Identities identities, Merges merges, Merging merging, MergeSuggestions suggestions,
			PersonalDataProtection protection, AuditLog audit, Tags tags, Consents consents, Timeline timeline,
			VisibleCustomers visible, java.time.Clock clock) {
		this.visible = visible;
		this.clock = clock;
		this.resolution = resolution;
		this.normalizer = normalizer;
		this.customers = customers;
		this.reads = reads;
		this.identities = identities;
		this.merges = merges;
		this.merging = merging;
		this.suggestions = suggestions;
		this.protection = protection;
		this.audit = audit;
		this.tags = tags;
		this.consents = consents;
		this.timeline = timeline;
	}

	@PreAuthorize("hasAuthority('PERM_CUSTOMER_WRITE')")
	public Resolution resolve(ResolutionRequest request) {
		return this.resolution.resolve(request);
	}

	/** The 360 view of a customer; a merged customer's id shows its survivor. */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_CUSTOMER_READ')")
	public CustomerView view(UUID id) {
		UUID root = visibleRoot(id);
		List<UUID> group = this.reads.group(root);
		boolean unmasked = CurrentAccess.can(Permission.PERSONAL_DATA);
		List<CustomerView.IdentityView> shown = this.identities.of(group)
			.stream()
			.map(identity -> show(identity, unmasked))
			.toList();
		if (unmasked) {
			this.audit.recordPersonalDataView(Merging.RESOURCE, root, "identities of " + group.size() + " record(s)");
		}
		List<CustomerView.MergeView> merged = new ArrayList<>();
		for (UUID member : group) {
			this.merges.activeMergesInto(member)
				.forEach(m -> merged
					.add(new CustomerView.MergeView(m.id(), m.mergedId(), m.reason(), m.mergedBy(), m.mergedAt())));
		}
		CustomerView profile = this.reads.profile(root).orElseThrow();
		return new CustomerView(profile.id(), profile.status(), profile.name(), profile.gender(), profile.birthday(),
				profile.cityCode(), profile.preferredDealerId(), profile.preferredLanguage(), profile.modelInterest(),
				profile.lifecycleStage(), shown, merged, profile.createdAt(), profile.updatedAt(), profile.version(),
				profile.household(), this.tags.of(group), List.copyOf(this.consents.current(group).values()),
				this.timeline.latest(group, LATEST_TIMELINE_ENTRIES));
	}

	/**
	 * Customers matching an identifier (phone, ID number, VIN, e-mail) or a name, within
	 * the caller's scope, as their survivors.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_CUSTOMER_READ')")
	public List<UUID> find(@Nullable String phone, @Nullable String idNumber, @Nullable String vin,
			@Nullable String email, @Nullable String name) {
		Set<UUID> found = new LinkedHashSet<>();
		List<Identifier> identifiers = new ArrayList<>();
		if (phone != null && !phone.isBlank()) {
			identifiers.add(Identifier.phone(phone));
		}
		if (idNumber != null && !idNumber.isBlank()) {
			identifiers.add(Identifier.nationalId(idNumber));
		}
		if (vin != null && !vin.isBlank()) {
			identifiers.add(Identifier.vin(vin));
		}
		if (email != null && !email.isBlank()) {
			identifiers.add(Identifier.email(email));
		}
		if (!identifiers.isEmpty()) {
			for (NormalizedIdentifier identifier : this.normalizer.normalizeAll(identifiers)) {
				this.reads.ownersOf(identifier.value()).forEach(owner -> found.add(this.customers.rootOf(owner)));
			}
		}
		if (name != null && !name.isBlank()) {
			found.addAll(this.reads.byName(name, SEARCH_LIMIT));
		}
		if (identifiers.isEmpty() && (name == null || name.isBlank())) {
			throw ProblemException.validation("q", "search by phone, idNumber, vin, email or name");
		}
		return found.stream().filter(id -> this.reads.visible(id, CurrentAccess.scope())).limit(SEARCH_LIMIT).toList();
	}

	/** Merges two customers by hand; the older survives. */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_CUSTOMER_MERGE')")
	public UUID merge(UUID id, UUID otherId, String reason) {
		UUID first = visibleRoot(id);
		UUID second = visibleRoot(otherId);
		if (first.equals(second)) {
			throw ProblemException.conflict("These are one customer already");
		}
		return this.merging.merge(first, second, reason);
	}

	/**
	 * Undoes the merge of {@code mergedId} into the customer {@code id} now belongs to.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_CUSTOMER_MERGE')")
	public Merges.Merge unmerge(UUID id, UUID mergedId) {
		UUID root = visibleRoot(id);
		if (!this.customers.rootOf(mergedId).equals(root) || mergedId.equals(root)) {
			throw ProblemException.conflict("Customer " + mergedId + " is not merged into " + id);
		}
		return this.merging.unmerge(mergedId);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_CUSTOMER_MERGE')")
	public List<MergeSuggestions.Suggestion> suggestions(MergeSuggestions.Status status, int limit) {
		return this.suggestions.find(status, limit);
	}

	/** Accepts a suggestion: the two customers merge (if they are not one already). */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_CUSTOMER_MERGE')")
	public MergeSuggestions.Suggestion decide(UUID suggestionId, boolean accept) {
		MergeSuggestions.Suggestion suggestion = this.suggestions.find(suggestionId)
			.orElseThrow(() -> ProblemException.notFound("Merge suggestion", suggestionId));
		String actor = CurrentAccess.principal().map(p -> p.name()).orElse("system");
		if (!this.suggestions.decide(suggestionId,
				accept ? MergeSuggestions.Status.ACCEPTED : MergeSuggestions.Status.REJECTED, actor,
				this.clock.instant())) {
			throw ProblemException.conflict("Suggestion " + suggestionId + " was decided already");
		}
		if (accept) {
			UUID a = this.customers.rootOf(suggestion.customerA());
			UUID b = this.customers.rootOf(suggestion.customerB());
			if (!a.equals(b)) {
				this.merging.merge(a, b, "accepted suggestion: " + suggestion.reason());
			}
		}
		return this.suggestions.find(suggestionId).orElseThrow();
	}

	private UUID visibleRoot(UUID id) {
		return this.visible.rootOf(id);
	}

	private CustomerView.IdentityView show(Identities.StoredIdentity identity, boolean unmasked) {
		String value = switch (identity.kind()) {
			case PHONE -> unmasked ? identity.value() : new PhoneNumber(identity.value()).masked();
			case EMAIL -> unmasked ? identity.value() : maskEmail(identity.value());
			case NATIONAL_ID -> {
				NationalIdNumber number = NationalIdNumber
					.parse(this.protection.decrypt(java.util.Objects.requireNonNull(identity.protectedValue())));
				yield unmasked ? number.value() : number.masked();
			}
			default -> identity.value();
		};
		boolean masked = !unmasked && isPersonal(identity.kind());
		return new CustomerView.IdentityView(identity.kind(), value, masked, identity.customerId(), identity.source(),
				identity.createdAt());
	}

	private static boolean isPersonal(IdentityKind kind) {
		return kind == IdentityKind.PHONE || kind == IdentityKind.EMAIL || kind == IdentityKind.NATIONAL_ID;
	}

	private static String maskEmail(String email) {
		int at = email.indexOf('@');
		return at <= 1 ? "***" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
	}

}
