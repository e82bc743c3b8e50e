package io.forecourt.leads.grading;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Computes a lead's first grade from the scoring rules HQ maintains as data, with the
 * rules that contributed as its explanation.
 *
 * <p>
 * Every captured lead is graded, so the rules are held in memory. A change made through
 * this instance takes effect on the next grade; other instances pick it up when their
 * copy expires after {@link #TIME_TO_LIVE}.
 */
@Component
public class LeadGrading {

	static final Duration TIME_TO_LIVE = Duration.ofSeconds(5);

	private final LeadScoringRules store;

	private volatile @Nullable Loaded loaded;

	/** Bumped on every change, so a load that raced with the change is not kept. */
	private final AtomicLong changes = new AtomicLong();

	LeadGrading(LeadScoringRules store) {
		this.store = store;
	}

	public GradeResult grade(LeadFacts facts) {
		return current().score(facts);
	}

	ScoringRules current() {
		Loaded copy = this.loaded;
		if (copy == null || System.nanoTime() - copy.loadedAt() > TIME_TO_LIVE.toNanos()) {
			// two threads may both reload after expiry; both read the same rows, so that
			// is
			// cheaper than making every grade wait on a lock
			long seen = this.changes.get();
			copy = new Loaded(new ScoringRules(this.store.findAll(), this.store.thresholds()), System.nanoTime());
			if (this.changes.get() == seen) {
				this.loaded = copy;
			}
		}
		return copy.rules();
	}

	/**
	 * Drops the cached rules once the current transaction commits: dropping them earlier
	 * would let a grade in between cache the old rules again for another five seconds.
	 */
	void forget() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					dropCopy();
				}
			});
		}
		else {
			dropCopy();
		}
	}

	private void dropCopy() {
		this.changes.incrementAndGet();
		this.loaded = null;
	}

	private record Loaded(ScoringRules rules, long loadedAt) {
	}

}
