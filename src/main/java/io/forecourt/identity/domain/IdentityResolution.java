package io.forecourt.identity.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.forecourt.identity.CustomerCreated;
import io.forecourt.identity.Resolution;
import io.forecourt.identity.ResolutionRequest;
import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Resolves a set of identifiers to one customer:
 * <ul>
 * <li>strong identifiers already known lead to their customer; if they lead to several,
 * those merge into the oldest (unless a person separated them before);</li>
 * <li>a known VIN leads to its owner only when no strong identifier came with it;</li>
 * <li>failing that, a new customer is created;</li>
 * <li>identifiers not known yet are recorded for the customer; a VIN already owned by
 * someone else and weak matches (same name, city and model interest) become merge
 * suggestions.</li>
 * </ul>
 * Safe under concurrency without JVM locks: each identifier is unique in the database, so
 * of two requests creating a customer for the same new phone one fails, and its
 * resolution runs again and finds the other's customer.
 */
@Component
public class IdentityResolution {

	private static final Logger log = LoggerFactory.getLogger(IdentityResolution.class);

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

	IdentityResolution(IdentifierNormalizer normalizer, Customers customers, Identities identities, Merges merges,
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

	/**
	 * @throws io.forecourt.kernel.web.ProblemException naming every invalid identifier;
	 * nothing is written then
	 */
	public Resolution resolve(ResolutionRequest request) {
		List<NormalizedIdentifier> identifiers = this.normalizer.normalizeAll(request.identifiers());
		return this.attempts.run("Resolution", () -> resolveOnce(identifiers, request));
	}

	private Resolution resolveOnce(List<NormalizedIdentifier> identifiers, ResolutionRequest request) {
		Instant now = this.clock.instant();
		Map<String, Customers.Node> owners = this.identities.owners(identifiers);
		Map<String, UUID> roots = new HashMap<>();
		Map<UUID, Instant> createdAt = new HashMap<>();
		owners.forEach((key, owner) -> {
			// Usually the owner is its own root; only merged owners cost another read.
			Customers.Node root = owner.isRoot() ? owner
					: this.customers.find(this.customers.rootOf(owner.id())).orElseThrow();
			roots.put(key, root.id());
			createdAt.put(root.id(), root.createdAt());
		});

		Set<UUID> strongRoots = rootsOf(identifiers, roots, true);
		Set<UUID> linkingRoots = rootsOf(identifiers, roots, false);
		List<UUID> merged = new ArrayList<>();
		boolean created = false;
		UUID target;
		if (!strongRoots.isEmpty()) {
			target = oldest(strongRoots, createdAt);
			for (UUID other : strongRoots) {
				if (other.equals(target)) {
					continue;
				}
				if (this.merges.separated(target, other)) {
					log.info("Customers {} and {} share identifiers but were separated by a person", target, other);
					continue;
				}
				target = this.merging.merge(target, other, "shared " + sharedKinds(identifiers, roots, other));
				merged.add(other);
			}
		}
		else if (!linkingRoots.isEmpty() && identifiers.stream().noneMatch(i -> i.kind().isStrong())) {
			// Only a VIN: it finds the car's owner. With a new phone beside it, it is
			// more
			// likely a new owner; the VIN conflict then becomes a suggestion below.
			target = oldest(linkingRoots, createdAt);
		}
		else {
			target = UUID.randomUUID();
			this.customers.create(target, "PROSPECT", now);
			this.audit.recordChange(AuditAction.CREATE, Merging.RESOURCE, target, "source=" + request.source());
			this.events.publishEvent(new CustomerCreated(target, request.source()));
			created = true;
		}

		for (NormalizedIdentifier identifier : identifiers) {
			UUID root = roots.get(identifier.key());
			if (root == null) {
				this.identities.add(target, identifier, request.source(), now);
			}
			else if (!identifier.kind().isStrong() && !root.equals(target)) {
				this.suggestions.suggest(target, root, "same " + identifier.kind() + " " + identifier.display(), now);
			}
		}
		this.customers.fillBlanks(target, request.name(), request.cityCode(), request.modelInterest(), now);
		if (request.name() != null) {
			for (UUID match : this.customers.weakMatches(target)) {
				this.suggestions.suggest(target, match, "same name, city and model interest", now);
			}
		}
		return new Resolution(target, created, List.copyOf(merged));
	}

	private static Set<UUID> rootsOf(List<NormalizedIdentifier> identifiers, Map<String, UUID> roots, boolean strong) {
		return identifiers.stream()
			.filter(identifier -> identifier.kind().isStrong() == strong)
			.map(identifier -> roots.get(identifier.key()))
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static UUID oldest(Set<UUID> candidates, Map<UUID, Instant> createdAt) {
		return candidates.stream()
			.min(Comparator.comparing((UUID id) -> createdAt.get(id)).thenComparing(id -> id))
			.orElseThrow();
	}

	private static String sharedKinds(List<NormalizedIdentifier> identifiers, Map<String, UUID> roots, UUID other) {
		return identifiers.stream()
			.filter(identifier -> other.equals(roots.get(identifier.key())))
			.map(identifier -> identifier.kind().name())
			.distinct()
			.collect(Collectors.joining(", "));
	}

}
