package io.forecourt.identity.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.identity.IdentityKind;
import io.forecourt.kernel.contact.PhoneNumber;
import io.forecourt.kernel.tenancy.CurrentAccess;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers as one line each, for lists (search results, merge suggestions). Separate
 * from {@link CustomerAdministration#view}: a list shows the phone always masked, so it
 * needs no personal-data audit entry per row, and it counts identities without decrypting
 * ID numbers.
 */
@Service
public class CustomerSummaries {

	private final Customers customers;

	private final CustomerReads reads;

	private final Identities identities;

	CustomerSummaries(Customers customers, CustomerReads reads, Identities identities) {
		this.customers = customers;
		this.reads = reads;
		this.identities = identities;
	}

	/**
	 * One line per customer, each as its survivor, in the given order; customers that do
	 * not exist or lie outside the caller's scope are left out.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_CUSTOMER_READ')")
	public List<CustomerSummary> of(List<UUID> ids) {
		List<CustomerSummary> lines = new ArrayList<>();
		for (UUID id : ids) {
			summary(id).ifPresent(lines::add);
		}
		return lines;
	}

	private Optional<CustomerSummary> summary(UUID id) {
		if (this.customers.find(id).isEmpty()) {
			return Optional.empty();
		}
		UUID root = this.customers.rootOf(id);
		if (!this.reads.visible(root, CurrentAccess.scope())) {
			return Optional.empty();
		}
		List<Identities.StoredIdentity> held = this.identities.of(this.reads.group(root));
		String phone = held.stream()
			.filter(identity -> identity.kind() == IdentityKind.PHONE)
			.map(identity -> new PhoneNumber(identity.value()).masked())
			.findFirst()
			.orElse(null);
		return this.reads.profile(root)
			.map(p -> new CustomerSummary(p.id(), p.name(), p.cityCode(), p.modelInterest(), p.lifecycleStage(), phone,
					held.size(), p.createdAt()));
	}

	/**
	 * @param maskedPhone the first phone number, always masked, or {@code null}
	 * @param identityCount identities of the customer and everyone merged into it
	 */
	public record CustomerSummary(UUID id, @Nullable String name, @Nullable String cityCode,
			@Nullable String modelInterest, String lifecycleStage, @Nullable String maskedPhone, int identityCount,
			Instant createdAt) {
	}

}
