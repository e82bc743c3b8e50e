package io.forecourt.identity;

import io.forecourt.identity.domain.IdentityResolution;

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

	CustomerIdentification(IdentityResolution resolution) {
		this.resolution = resolution;
	}

	/**
	 * @throws io.forecourt.kernel.web.ProblemException of type validation naming every
	 * invalid identifier; nothing is written then
	 */
	public Resolution resolve(ResolutionRequest request) {
		return this.resolution.resolve(request);
	}

}
