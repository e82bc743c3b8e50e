package io.forecourt.identity.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.forecourt.identity.ConsentChanged;
import io.forecourt.identity.ConsentPurpose;
import io.forecourt.identity.CustomersMerged;
import io.forecourt.identity.CustomersUnmerged;
import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.ProblemException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges two customers into one and undoes it. The older customer survives; the other
 * points at it from then on. Nothing is moved or deleted, so an unmerge restores exactly
 * the customer that was merged, with everything recorded for it.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class Merging {

	static final String RESOURCE = "customer";

	private final Customers customers;

	private final Merges merges;

	private final Consents consents;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Merging(Customers customers, Merges merges, Consents consents, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.customers = customers;
		this.merges = merges;
		this.consents = consents;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Merges two root customers; the older one survives.
	 * @return the survivor
	 * @throws ConcurrentResolutionException if either was merged elsewhere meanwhile
	 */
	public UUID merge(UUID first, UUID second, String reason) {
		if (first.equals(second)) {
			throw ProblemException.conflict("A customer cannot be merged with itself");
		}
		List<Customers.Node> locked = this.customers.lock(List.of(first, second));
		if (locked.size() != 2 || !locked.stream().allMatch(Customers.Node::isRoot)) {
			throw new ConcurrentResolutionException("customer " + first + " or " + second + " changed meanwhile");
		}
		Customers.Node survivor = locked.stream()
			.min(Comparator.comparing(Customers.Node::createdAt).thenComparing(Customers.Node::id))
			.orElseThrow();
		UUID mergedId = survivor.id().equals(first) ? second : first;
		Instant now = this.clock.instant();
		this.customers.markMerged(mergedId, survivor.id(), now);
		UUID mergeId = this.merges.record(survivor.id(), mergedId, reason, actor(), now);
		this.audit.recordChange(AuditAction.UPDATE, RESOURCE, survivor.id(),
				"merged " + mergedId + " (" + reason + ")");
		this.events.publishEvent(new CustomersMerged(mergeId, survivor.id(), mergedId, reason));
		return survivor.id();
	}

	/**
	 * Undoes the merge that made {@code mergedId} part of another customer, and keeps the
	 * two apart from then on.
	 */
	public Merges.Merge unmerge(UUID mergedId) {
		Merges.Merge merge = this.merges.activeMergeOf(mergedId)
			.orElseThrow(() -> ProblemException.conflict("Customer " + mergedId + " is not merged into another"));
		this.customers.lock(List.of(merge.survivorId(), mergedId));
		Instant now = this.clock.instant();
		this.customers.markRestored(mergedId, now);
		this.merges.undo(merge.id(), actor(), now);
		this.audit.recordChange(AuditAction.UPDATE, RESOURCE, merge.survivorId(), "unmerged " + mergedId);
		this.events.publishEvent(new CustomersUnmerged(merge.id(), merge.survivorId(), mergedId));
		carryOverWithdrawals(merge, now);
		return merge;
	}

	/**
	 * A withdrawal the person made while the two were one customer was made by them,
	 * whichever record it landed on: it stays in force for the restored customer too, or
	 * an unmerge would bring back a grant the person took back. Grants are not carried
	 * over.
	 */
	private void carryOverWithdrawals(Merges.Merge merge, Instant now) {
		for (ConsentPurpose purpose : this.consents.withdrawnSince(merge.survivorId(), merge.mergedAt())) {
			this.consents.append(merge.mergedId(), purpose, false, "carried over at unmerge", null, actor(), now);
			this.events.publishEvent(new ConsentChanged(merge.mergedId(), purpose, false));
		}
	}

	private static String actor() {
		return CurrentAccess.principal().map(ForecourtPrincipal::name).orElse(ForecourtPrincipal.SYSTEM.name());
	}

}
