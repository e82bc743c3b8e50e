package io.forecourt.identity.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.forecourt.identity.CustomerCreated;
import io.forecourt.identity.CustomersCreated;
import io.forecourt.identity.Identifier;
import io.forecourt.identity.Resolution;
import io.forecourt.identity.ResolutionOutcome;
import io.forecourt.identity.ResolutionRequest;
import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemException.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@link IdentityResolution}'s rules applied to a list of requests at once, with the
 * outcome each request would have had if they had been resolved one after the other:
 * identifiers are read for the whole list in one query, the requests are then decided in
 * order against that picture (kept up to date with what earlier requests created and
 * merged), and new customers, identities and audit records are written in bulk.
 *
 * <p>
 * What stays per request, because it is rare and has rules of its own: merges (through
 * {@link Merging}, after writing what is pending so both customers exist) and VIN
 * suggestions. Weak matches (same name, city and model interest) are looked for once, at
 * the end, for every customer a named request resolved to: the same pairs as one by one,
 * except that a customer merged away later in the same list is no longer suggested.
 *
 * <p>
 * Customers created by one list get creation times a microsecond apart in list order, so
 * "the older survives a merge" picks the same customer as one by one would. Like a single
 * resolution, the whole list is retried when it loses a race for an identifier.
 */
@Component
public class BulkIdentityResolution {

	private static final Logger log = LoggerFactory.getLogger(BulkIdentityResolution.class);

	private static final String LIFECYCLE_STAGE = "PROSPECT";

	private final IdentifierNormalizer normalizer;

	private final Customers customers;

	private final Identities identities;

	private final Merges merges;

	private final Merging merging;

	private final MergeSuggestions suggestions;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final ResolutionAttempts attempts;

	private final Clock clock;

	BulkIdentityResolution(IdentifierNormalizer normalizer, Customers customers, Identities identities, Merges merges,
			Merging merging, MergeSuggestions suggestions, AuditLog audit, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.normalizer = normalizer;
		this.customers = customers;
		this.identities = identities;
		this.merges = merges;
		this.merging = merging;
		this.suggestions = suggestions;
		this.audit = audit;
		this.events = events;
		this.attempts = new ResolutionAttempts(transactions);
		this.clock = clock;
	}

	public List<FieldProblem> problems(List<Identifier> identifiers) {
		try {
			this.normalizer.normalizeAll(identifiers);
			return List.of();
		}
		catch (ProblemException ex) {
			return problemsOf(ex);
		}
	}

	public List<ResolutionOutcome> resolveAll(List<ResolutionRequest> requests) {
		List<@Nullable List<NormalizedIdentifier>> normalized = new ArrayList<>(requests.size());
		List<List<FieldProblem>> problems = new ArrayList<>(requests.size());
		for (ResolutionRequest request : requests) {
			try {
				normalized.add(this.normalizer.normalizeAll(request.identifiers()));
				problems.add(List.of());
			}
			catch (ProblemException ex) {
				normalized.add(null);
				problems.add(problemsOf(ex));
			}
		}
		return this.attempts.run("Bulk resolution", () -> new Chunk(requests, normalized, problems).resolve());
	}

	@SuppressWarnings("unchecked")
	private static List<FieldProblem> problemsOf(ProblemException ex) {
		if (ex.properties().get("errors") instanceof List<?> errors) {
			return (List<FieldProblem>) errors;
		}
		return List.of(new FieldProblem("identifiers", String.valueOf(ex.getMessage())));
	}

	/** One attempt at a list: the picture of the customers involved and what to write. */
	private final class Chunk {

		private final List<ResolutionRequest> requests;

		private final List<@Nullable List<NormalizedIdentifier>> normalized;

		private final List<List<FieldProblem>> problems;

		private final Instant now = BulkIdentityResolution.this.clock.instant().truncatedTo(ChronoUnit.MICROS);

		/** Who owns each known identifier, by {@link NormalizedIdentifier#key()}. */
		private final Map<String, UUID> owners = new HashMap<>();

		/** The customers involved as they are now (merges in this list included). */
		private final Map<UUID, Customers.Node> nodes = new HashMap<>();

		private final Map<UUID, Customers.NewCustomer> pendingCustomers = new LinkedHashMap<>();

		private final List<Identities.NewIdentity> pendingIdentities = new ArrayList<>();

		private final Map<UUID, String> pendingAudit = new LinkedHashMap<>();

		private final List<CustomerCreated> created = new ArrayList<>();

		/** Hints for customers that exist in the database, first one per field wins. */
		private final Map<UUID, Customers.Blanks> pendingBlanks = new LinkedHashMap<>();

		private final Set<UUID> weakMatchTargets = new LinkedHashSet<>();

		Chunk(List<ResolutionRequest> requests, List<@Nullable List<NormalizedIdentifier>> normalized,
				List<List<FieldProblem>> problems) {
			this.requests = requests;
			this.normalized = normalized;
			this.problems = problems;
		}

		List<ResolutionOutcome> resolve() {
			long started = System.nanoTime();
			load();
			long loaded = System.nanoTime();
			List<ResolutionOutcome> outcomes = new ArrayList<>(this.requests.size());
			for (int i = 0; i < this.requests.size(); i++) {
				List<NormalizedIdentifier> identifiers = this.normalized.get(i);
				outcomes.add(identifiers == null ? ResolutionOutcome.rejected(this.problems.get(i))
						: ResolutionOutcome.of(resolveOne(i, identifiers, this.requests.get(i))));
			}
			long decided = System.nanoTime();
			flush();
			long flushed = System.nanoTime();
			suggestWeakMatches();
			long suggested = System.nanoTime();
			if (!this.created.isEmpty()) {
				BulkIdentityResolution.this.events.publishEvent(new CustomersCreated(this.created));
			}
			if (log.isDebugEnabled()) {
				log.debug("Resolved {}: read {} ms, decided {} ms, wrote {} ms, weak matches {} ms, events {} ms",
						this.requests.size(), ms(loaded - started), ms(decided - loaded), ms(flushed - decided),
						ms(suggested - flushed), ms(System.nanoTime() - suggested));
			}
			return outcomes;
		}

		private void load() {
			List<NormalizedIdentifier> all = this.normalized.stream()
				.filter(Objects::nonNull)
				.flatMap(List::stream)
				.toList();
			BulkIdentityResolution.this.identities.owners(all).forEach((key, owner) -> {
				this.owners.put(key, owner.id());
				this.nodes.put(owner.id(), owner);
			});
		}

		/** The same decisions as {@link IdentityResolution}, against this picture. */
		private Resolution resolveOne(int index, List<NormalizedIdentifier> identifiers, ResolutionRequest request) {
			Map<String, UUID> roots = new HashMap<>();
			for (NormalizedIdentifier identifier : identifiers) {
				UUID owner = this.owners.get(identifier.key());
				if (owner != null) {
					roots.put(identifier.key(), root(owner));
				}
			}
			Set<UUID> strongRoots = rootsOf(identifiers, roots, true);
			Set<UUID> linkingRoots = rootsOf(identifiers, roots, false);
			List<UUID> merged = new ArrayList<>();
			boolean isNew = false;
			UUID target;
			if (!strongRoots.isEmpty()) {
				target = oldest(strongRoots);
				for (UUID other : strongRoots) {
					if (other.equals(target)) {
						continue;
					}
					if (BulkIdentityResolution.this.merges.separated(target, other)) {
						log.info("Customers {} and {} share identifiers but were separated by a person", target, other);
						continue;
					}
					flush();
					UUID survivor = BulkIdentityResolution.this.merging.merge(target, other,
							"shared " + sharedKinds(identifiers, roots, other));
					UUID loser = survivor.equals(target) ? other : target;
					Customers.Node node = node(loser);
					this.nodes.put(loser, new Customers.Node(loser, survivor, "MERGED", node.createdAt()));
					target = survivor;
					merged.add(other);
				}
			}
			else if (!linkingRoots.isEmpty() && identifiers.stream().noneMatch(i -> i.kind().isStrong())) {
				target = oldest(linkingRoots);
			}
			else {
				target = UUID.randomUUID();
				// a microsecond apart in list order: the older survives merges as one by
				// one
				Instant createdAt = this.now.plus(index, ChronoUnit.MICROS);
				this.pendingCustomers.put(target, new Customers.NewCustomer(target, createdAt, null, null, null));
				this.nodes.put(target, new Customers.Node(target, null, "ACTIVE", createdAt));
				this.pendingAudit.put(target, "source=" + request.source());
				this.created.add(new CustomerCreated(target, request.source()));
				isNew = true;
			}

			for (NormalizedIdentifier identifier : identifiers) {
				UUID root = roots.get(identifier.key());
				if (root == null) {
					this.pendingIdentities.add(new Identities.NewIdentity(target, identifier, request.source()));
					this.owners.put(identifier.key(), target);
				}
				else if (!identifier.kind().isStrong() && !root.equals(target)) {
					flush();
					BulkIdentityResolution.this.suggestions.suggest(target, root,
							"same " + identifier.kind() + " " + identifier.display(), this.now);
				}
			}
			fillBlanks(target, request);
			if (request.name() != null) {
				this.weakMatchTargets.add(target);
			}
			return new Resolution(target, isNew, List.copyOf(merged));
		}

		/** COALESCE semantics: a field keeps the first value it gets. */
		private void fillBlanks(UUID target, ResolutionRequest request) {
			if (request.name() == null && request.cityCode() == null && request.modelInterest() == null) {
				return;
			}
			Customers.NewCustomer pending = this.pendingCustomers.get(target);
			if (pending != null) {
				this.pendingCustomers.put(target,
						new Customers.NewCustomer(target, pending.createdAt(), first(pending.name(), request.name()),
								first(pending.cityCode(), request.cityCode()),
								first(pending.modelInterest(), request.modelInterest())));
				return;
			}
			Customers.Blanks known = this.pendingBlanks.get(target);
			this.pendingBlanks.put(target,
					known == null ? new Customers.Blanks(request.name(), request.cityCode(), request.modelInterest())
							: new Customers.Blanks(first(known.name(), request.name()),
									first(known.cityCode(), request.cityCode()),
									first(known.modelInterest(), request.modelInterest())));
		}

		/** Writes what is pending, so the database holds everything decided so far. */
		private void flush() {
			if (!this.pendingCustomers.isEmpty()) {
				BulkIdentityResolution.this.customers.createAll(List.copyOf(this.pendingCustomers.values()),
						LIFECYCLE_STAGE);
				this.pendingCustomers.clear();
			}
			if (!this.pendingIdentities.isEmpty()) {
				BulkIdentityResolution.this.identities.addAll(this.pendingIdentities, this.now);
				this.pendingIdentities.clear();
			}
			if (!this.pendingAudit.isEmpty()) {
				BulkIdentityResolution.this.audit.recordChanges(AuditAction.CREATE, Merging.RESOURCE,
						this.pendingAudit);
				this.pendingAudit.clear();
			}
			if (!this.pendingBlanks.isEmpty()) {
				fillStoredBlanks();
				this.pendingBlanks.clear();
			}
		}

		/** Updates only the customers that have a blank a hint fills. */
		private void fillStoredBlanks() {
			Map<UUID, Customers.Blanks> stored = BulkIdentityResolution.this.customers
				.blanks(this.pendingBlanks.keySet());
			Map<UUID, Customers.Blanks> fills = new LinkedHashMap<>();
			this.pendingBlanks.forEach((id, hint) -> {
				Customers.Blanks now = stored.get(id);
				if (now == null || fills(now.name(), hint.name()) || fills(now.cityCode(), hint.cityCode())
						|| fills(now.modelInterest(), hint.modelInterest())) {
					fills.put(id, hint);
				}
			});
			BulkIdentityResolution.this.customers.fillBlanksAll(fills, this.now);
		}

		private void suggestWeakMatches() {
			BulkIdentityResolution.this.customers.weakMatchesOf(this.weakMatchTargets)
				.forEach((target, matches) -> matches.forEach(match -> BulkIdentityResolution.this.suggestions
					.suggest(target, match, "same name, city and model interest", this.now)));
		}

		private UUID root(UUID id) {
			UUID current = id;
			for (int hops = 0; hops < 32; hops++) {
				Customers.Node node = node(current);
				if (node.isRoot()) {
					return node.id();
				}
				current = Objects.requireNonNull(node.mergedInto());
			}
			throw new IllegalStateException("Merge chain of customer " + id + " is too long");
		}

		private Customers.Node node(UUID id) {
			Customers.Node node = this.nodes.get(id);
			if (node == null) {
				node = BulkIdentityResolution.this.customers.find(id)
					.orElseThrow(() -> new IllegalStateException("No customer " + id));
				this.nodes.put(id, node);
			}
			return node;
		}

		private UUID oldest(Set<UUID> candidates) {
			return candidates.stream()
				.min(Comparator.comparing((UUID id) -> node(id).createdAt()).thenComparing(id -> id))
				.orElseThrow();
		}

	}

	private static Set<UUID> rootsOf(List<NormalizedIdentifier> identifiers, Map<String, UUID> roots, boolean strong) {
		return identifiers.stream()
			.filter(identifier -> identifier.kind().isStrong() == strong)
			.map(identifier -> roots.get(identifier.key()))
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static String sharedKinds(List<NormalizedIdentifier> identifiers, Map<String, UUID> roots, UUID other) {
		return identifiers.stream()
			.filter(identifier -> other.equals(roots.get(identifier.key())))
			.map(identifier -> identifier.kind().name())
			.distinct()
			.collect(Collectors.joining(", "));
	}

	private static long ms(long nanos) {
		return nanos / 1_000_000;
	}

	private static boolean fills(@Nullable String stored, @Nullable String hint) {
		return stored == null && hint != null;
	}

	private static @Nullable String first(@Nullable String kept, @Nullable String next) {
		return kept != null ? kept : next;
	}

}
