package io.forecourt.identity.domain;

import java.util.UUID;

import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.ProblemException;

import org.springframework.stereotype.Component;

/**
 * The scope check every customer endpoint starts with: a customer outside the caller's
 * scope is a 404 (recorded as a denial), exactly like an unknown one.
 */
@Component
class VisibleCustomers {

	private final Customers customers;

	private final CustomerReads reads;

	private final AuditLog audit;

	VisibleCustomers(Customers customers, CustomerReads reads, AuditLog audit) {
		this.customers = customers;
		this.reads = reads;
		this.audit = audit;
	}

	/** The customer the id now lives on as, if the caller may see it. */
	UUID rootOf(UUID id) {
		if (this.customers.find(id).isEmpty()) {
			throw ProblemException.notFound(Merging.RESOURCE, id);
		}
		UUID root = this.customers.rootOf(id);
		if (!this.reads.visible(root, CurrentAccess.scope())) {
			throw this.audit.notFound(Merging.RESOURCE, id, true);
		}
		return root;
	}

}
