package io.forecourt.sales.payments;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link PaymentReconciliation} every minute on one instance at a time (ShedLock).
 * Tests that hold callbacks back on purpose turn it off
 * ({@code forecourt.payments.reconcile=false}) and run the reconciliation themselves.
 */
@Component
@ConditionalOnProperty(name = "forecourt.payments.reconcile", havingValue = "true", matchIfMissing = true)
class PaymentReconciliationSchedule {

	private final PaymentReconciliation reconciliation;

	PaymentReconciliationSchedule(PaymentReconciliation reconciliation) {
		this.reconciliation = reconciliation;
	}

	@Scheduled(fixedDelayString = "${forecourt.payments.reconcile-interval:PT1M}", initialDelayString = "PT50S")
	@SchedulerLock(name = "sales.payment-reconciliation", lockAtMostFor = "PT5M")
	void run() {
		this.reconciliation.reconcile();
	}

}
