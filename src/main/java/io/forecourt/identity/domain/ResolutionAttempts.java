package io.forecourt.identity.domain;

import java.util.Objects;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a resolution (one or a list) until it does not lose a race for an identifier, five
 * attempts at most: the identifiers' unique keys, not any check before them, are what
 * stop two resolutions from creating two customers for one phone; the loser tries again
 * and finds the winner's customer.
 */
final class ResolutionAttempts {

	private static final Logger log = LoggerFactory.getLogger(ResolutionAttempts.class);

	private static final int ATTEMPTS = 5;

	private final TransactionTemplate transaction;

	ResolutionAttempts(PlatformTransactionManager transactions) {
		this.transaction = new TransactionTemplate(transactions);
		// within a caller's transaction each attempt is a savepoint: a race lost to
		// another resolution rolls back to it and the retry goes on, instead of aborting
		// the caller's whole transaction (alone, this is an ordinary transaction)
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * @param what the resolution, for the log
	 * @throws RuntimeException the last attempt's lost race, or whatever else an attempt
	 * threw (not retried)
	 */
	<T> T run(String what, Supplier<T> attempt) {
		for (int n = 1;; n++) {
			try {
				return Objects.requireNonNull(this.transaction.execute(status -> attempt.get()));
			}
			catch (DuplicateKeyException | ConcurrentResolutionException | PessimisticLockingFailureException ex) {
				if (n == ATTEMPTS) {
					throw ex;
				}
				log.debug("{} attempt {} lost a race, trying again: {}", what, n, ex.getMessage());
			}
		}
	}

}
