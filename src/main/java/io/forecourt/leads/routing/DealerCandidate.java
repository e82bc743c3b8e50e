package io.forecourt.leads.routing;

import io.forecourt.network.DealerSummary;

/**
 * A dealer routing may send a lead to, with the figures it is weighed by.
 *
 * @param dailyCapacity the leads a day it takes
 * @param accepting false when HQ paused its intake
 * @param routedToday leads routed or transferred to it since midnight (Asia/Shanghai)
 * @param assignedRecently leads it received within the SLA lookback
 * @param breachedRecently of those, leads whose first-contact SLA it breached
 */
record DealerCandidate(DealerSummary dealer, int dailyCapacity, boolean accepting, int routedToday,
		int assignedRecently, int breachedRecently) {

	boolean hasCapacity() {
		return this.routedToday < this.dailyCapacity;
	}

	double freeShare() {
		return this.dailyCapacity == 0 ? 0
				: Math.max(0, this.dailyCapacity - this.routedToday) / (double) this.dailyCapacity;
	}

	/** Laplace-smoothed, so a dealer with no record yet starts near 100% and not at 0. */
	double onTimeShare() {
		return (this.assignedRecently - this.breachedRecently + 1) / (double) (this.assignedRecently + 1);
	}

}
