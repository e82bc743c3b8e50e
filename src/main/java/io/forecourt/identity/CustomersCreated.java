package io.forecourt.identity;

import java.util.List;

import org.springframework.modulith.events.Externalized;

/**
 * People seen for the first time by one bulk resolution (a chunk of a lead import): the
 * bulk counterpart of {@link CustomerCreated}, one event for the chunk instead of one per
 * customer. Consumers of {@link CustomerCreated} handle this too.
 */
@Externalized("forecourt.events::identity.customers.created")
public record CustomersCreated(List<CustomerCreated> customers) {

	public CustomersCreated {
		customers = List.copyOf(customers);
	}

}
