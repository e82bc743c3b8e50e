package io.forecourt.identity;

import java.util.List;

import io.forecourt.identity.domain.BulkIdentityResolution;
import io.forecourt.identity.domain.IdentityResolution;
import io.forecourt.kernel.web.ProblemException.FieldProblem;

import org.springframework.stereotype.Component;

/**
 * What other modules call to know who a person is: leads, orders, service bookings and
 * telemetry hand over whatever identifiers they have and get one customer id back,
 * creating the customer when nobody matches. A system operation: it applies no data scope
 * (the caller decides what to show whom).
 */
@Component
public class CustomerIdentification {

	private final IdentityResolution resolution;

	private final BulkIdentityResolution bulk;

	CustomerIdentification(IdentityResolution resolution, BulkIdentityResolution bulk) {
		this.resolution = resolution;
		this.bulk = bulk;
	}

	/**
	 * @throws io.forecourt.kernel.web.ProblemException of type validation naming every
	 * invalid identifier; nothing is written then
	 */
	public Resolution resolve(ResolutionRequest request) {
		return this.resolution.resolve(request);
	}

	/**
	 * Resolves many requests at once, with the outcome each would have had if
	 * {@link #resolve} had been called for them one after the other in this order (the
	 * same customers found, created and merged; weak-match suggestions are looked for
	 * once at the end). Set-based: a few queries and bulk inserts for the whole list, in
	 * one transaction, retried as a whole if it loses a race. An invalid request gets its
	 * problems and changes nothing; the others are resolved. Meant for chunks of a few
	 * thousand (bulk imports).
	 */
	public List<ResolutionOutcome> resolveAll(List<ResolutionRequest> requests) {
		return this.bulk.resolveAll(requests);
	}

	/**
	 * What {@link #resolve} would reject in these identifiers (empty when they are all
	 * valid), named {@code identifiers[i]}; checks their form only, reads nothing.
	 */
	public List<FieldProblem> problems(List<Identifier> identifiers) {
		return this.bulk.problems(identifiers);
	}

}
