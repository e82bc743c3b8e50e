package io.forecourt.identity.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.forecourt.identity.ConsentChanged;
import io.forecourt.identity.ConsentPurpose;
import io.forecourt.identity.TagSource;
import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tags, consents and the timeline of a customer as the console and the API see them:
 * within the caller's scope, for the customer's whole merge group. Writes go to the
 * survivor, so an unmerge leaves them with the customer they were made on.
 */
@Service
public class CustomerEngagement {

	private static final int SEARCH_LIMIT = 50;

	/** Tagged customers looked at per search before the scope filter. */
	private static final int TAG_CANDIDATES = 1000;

	private final Customers customers;

	private final CustomerReads reads;

	private final VisibleCustomers visible;

	private final Tags tags;

	private final Consents consents;

	private final Timeline timeline;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CustomerEngagement(Customers customers, CustomerReads reads, VisibleCustomers visible, Tags tags, Consents consents,
			Timeline timeline, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.customers = customers;
		this.reads = reads;
		this.visible = visible;
		this.tags = tags;
		this.consents = consents;
		this.timeline = timeline;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** A consent decision as entered; checked in {@link #recordConsent}. */
	public record ConsentInput(@Nullable String purpose, @Nullable Boolean granted, @Nullable String source,
			@Nullable String textVersion) {
	}

	/** The current decision per purpose (purposes never decided are absent), and all. */
	public record ConsentOverview(List<CustomerView.ConsentView> current, List<CustomerView.ConsentView> history) {
	}

	@Transactional
	@PreAuthorize("hasAuthority('PERM_CUSTOMER_WRITE')")
	public List<CustomerView.TagView> addTag(UUID id, String text) {
		UUID root = this.visible.rootOf(id);
		tag(root, parseTag(text), TagSource.MANUAL);
		return this.tags.of(this.reads.group(root));
	}

	@Transactional
	@PreAuthorize("hasAuthority('PERM_CUSTOMER_WRITE')")
	public void removeTag(UUID id, String text) {
		untag(this.visible.rootOf(id), parseTag(text));
	}

	/** Customers carrying the tag, within the caller's scope, as their survivors. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_CUSTOMER_READ')")
	public List<UUID> withTag(String text) {
		Set<UUID> roots = new LinkedHashSet<>();
		this.tags.customersWith(parseTag(text), TAG_CANDIDATES)
			.forEach(customer -> roots.add(this.customers.rootOf(customer)));
		return roots.stream()
			.filter(root -> this.reads.visible(root, CurrentAccess.scope()))
			.limit(SEARCH_LIMIT)
			.toList();
	}

	/** For {@link io.forecourt.identity.CustomerTags}: no scope. */
	@Transactional
	public boolean assign(UUID customerId, String text, TagSource source) {
		return tag(existingRoot(customerId), Tag.parse(text), source);
	}

	/** For {@link io.forecourt.identity.CustomerTags}: no scope. */
	@Transactional
	public boolean unassign(UUID customerId, String text) {
		return untag(existingRoot(customerId), Tag.parse(text));
	}

	/**
	 * Records a grant or a withdrawal; both take the same fields, so withdrawing is as
	 * easy as granting. The text version is required for a grant (what was agreed to).
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_CUSTOMER_WRITE')")
	public ConsentOverview recordConsent(UUID id, ConsentInput input) {
		FieldErrors errors = new FieldErrors();
		ConsentPurpose purpose = errors.attempt("purpose",
				() -> Inputs.oneOf(ConsentPurpose.class, input.purpose(), true));
		if (input.granted() == null) {
			errors.reject("granted", "is required (true to grant, false to withdraw)");
		}
		String source = errors.attempt("source", () -> Inputs.text(input.source(), 60, true));
		String textVersion = errors.attempt("textVersion",
				() -> Inputs.text(input.textVersion(), 40, Boolean.TRUE.equals(input.granted())));
		UUID root = this.visible.rootOf(id);
		errors.throwIfAny();
		boolean granted = Boolean.TRUE.equals(input.granted());
		this.consents.append(root, purpose, granted, source, textVersion, actor(), this.clock.instant());
		this.audit.recordChange(AuditAction.CREATE, "customer-consent", root,
				purpose + (granted ? " granted" : " withdrawn") + " via " + source);
		this.events.publishEvent(new ConsentChanged(root, purpose, granted));
		return overview(root);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_CUSTOMER_READ')")
	public ConsentOverview consents(UUID id) {
		return overview(this.visible.rootOf(id));
	}

	/** The whole group's timeline, newest first. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_CUSTOMER_READ')")
	public Page<CustomerView.TimelineEntryView> timeline(UUID id, PageRequest page) {
		return this.timeline.page(this.reads.group(this.visible.rootOf(id)), page);
	}

	private ConsentOverview overview(UUID root) {
		List<CustomerView.ConsentView> history = this.consents.history(this.reads.group(root));
		List<CustomerView.ConsentView> current = new ArrayList<>();
		Set<ConsentPurpose> seen = new java.util.HashSet<>();
		history.stream().filter(decision -> seen.add(decision.purpose())).forEach(current::add);
		current.sort(java.util.Comparator.comparing(CustomerView.ConsentView::purpose));
		return new ConsentOverview(current, history);
	}

	private boolean tag(UUID root, Tag tag, TagSource source) {
		boolean added = this.tags.add(root, this.reads.group(root), tag, source, actor(), this.clock.instant());
		if (added) {
			this.audit.recordChange(AuditAction.UPDATE, Merging.RESOURCE, root,
					"tagged " + tag.value() + " (" + source + ")");
		}
		return added;
	}

	private boolean untag(UUID root, Tag tag) {
		boolean removed = this.tags.remove(this.reads.group(root), tag);
		if (removed) {
			this.audit.recordChange(AuditAction.UPDATE, Merging.RESOURCE, root, "untagged " + tag.value());
		}
		return removed;
	}

	private UUID existingRoot(UUID customerId) {
		if (this.customers.find(customerId).isEmpty()) {
			throw ProblemException.notFound(Merging.RESOURCE, customerId);
		}
		return this.customers.rootOf(customerId);
	}

	private static Tag parseTag(String text) {
		try {
			return Tag.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.validation("tag", String.valueOf(ex.getMessage()));
		}
	}

	static String actor() {
		return CurrentAccess.principal().map(ForecourtPrincipal::name).orElse(ForecourtPrincipal.SYSTEM.name());
	}

}
