package io.forecourt.kernel.security;

import java.util.EnumSet;
import java.util.Set;

import static io.forecourt.kernel.security.Permission.AUDIT_READ;
import static io.forecourt.kernel.security.Permission.CUSTOMER_ERASE;
import static io.forecourt.kernel.security.Permission.CUSTOMER_MERGE;
import static io.forecourt.kernel.security.Permission.CUSTOMER_READ;
import static io.forecourt.kernel.security.Permission.CUSTOMER_WRITE;
import static io.forecourt.kernel.security.Permission.LEAD_ASSIGN;
import static io.forecourt.kernel.security.Permission.LEAD_IMPORT;
import static io.forecourt.kernel.security.Permission.LEAD_MANAGE;
import static io.forecourt.kernel.security.Permission.LEAD_READ;
import static io.forecourt.kernel.security.Permission.LEAD_RULES_WRITE;
import static io.forecourt.kernel.security.Permission.LEAD_WRITE;
import static io.forecourt.kernel.security.Permission.NETWORK_READ;
import static io.forecourt.kernel.security.Permission.NETWORK_WRITE;
import static io.forecourt.kernel.security.Permission.PERSONAL_DATA;
import static io.forecourt.kernel.security.Permission.PRESALE_MANAGE;
import static io.forecourt.kernel.security.Permission.PRESALE_READ;
import static io.forecourt.kernel.security.Permission.PRESALE_RESERVE;
import static io.forecourt.kernel.security.Permission.CATALOG_WRITE;
import static io.forecourt.kernel.security.Permission.SALES_MANAGE;
import static io.forecourt.kernel.security.Permission.SALES_WRITE;
import static io.forecourt.kernel.security.Permission.SALES_READ;
import static io.forecourt.kernel.security.Permission.SERVICE_MANAGE;
import static io.forecourt.kernel.security.Permission.SERVICE_READ;
import static io.forecourt.kernel.security.Permission.SERVICE_WRITE;
import static io.forecourt.kernel.security.Permission.STAFF_WRITE;

/**
 * The roles people and integrations hold. What a role may do is its
 * {@link #permissions()}; which records it may see is decided separately by the holder's
 * {@link io.forecourt.kernel.tenancy.AccessScope}.
 */
public enum Role {

	PLATFORM_ADMIN(EnumSet.allOf(Permission.class)),

	OEM_HQ(EnumSet.of(NETWORK_READ, NETWORK_WRITE, STAFF_WRITE, PERSONAL_DATA, AUDIT_READ, CUSTOMER_READ,
			CUSTOMER_WRITE, CUSTOMER_MERGE, CUSTOMER_ERASE, LEAD_READ, LEAD_WRITE, LEAD_ASSIGN, LEAD_MANAGE,
			LEAD_IMPORT, LEAD_RULES_WRITE, SALES_READ, SALES_WRITE, SALES_MANAGE, CATALOG_WRITE, SERVICE_READ,
			SERVICE_WRITE, SERVICE_MANAGE, PRESALE_READ, PRESALE_MANAGE)),

	REGION_MANAGER(
			EnumSet.of(NETWORK_READ, STAFF_WRITE, PERSONAL_DATA, CUSTOMER_READ, LEAD_READ, SALES_READ, SERVICE_READ)),

	DEALER_MANAGER(EnumSet.of(NETWORK_READ, STAFF_WRITE, PERSONAL_DATA, CUSTOMER_READ, CUSTOMER_WRITE, LEAD_READ,
			LEAD_WRITE, LEAD_ASSIGN, LEAD_MANAGE, SALES_READ, SALES_WRITE, SALES_MANAGE, SERVICE_READ, SERVICE_WRITE,
			SERVICE_MANAGE)),

	SALES_CONSULTANT(
			EnumSet.of(NETWORK_READ, CUSTOMER_READ, CUSTOMER_WRITE, LEAD_READ, LEAD_WRITE, SALES_READ, SALES_WRITE)),

	SERVICE_ADVISOR(EnumSet.of(NETWORK_READ, CUSTOMER_READ, CUSTOMER_WRITE, SERVICE_READ, SERVICE_WRITE)),

	INTEGRATOR(EnumSet.of(NETWORK_READ, CUSTOMER_WRITE, LEAD_READ, LEAD_WRITE, LEAD_IMPORT, SALES_READ, SALES_WRITE,
			SERVICE_READ, SERVICE_WRITE, PRESALE_RESERVE));

	private final Set<Permission> permissions;

	Role(Set<Permission> permissions) {
		this.permissions = Set.copyOf(permissions);
	}

	public Set<Permission> permissions() {
		return this.permissions;
	}

	/** The Spring Security authority name, e.g. {@code ROLE_OEM_HQ}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** A role only an API key may hold; it can never sign in to the console. */
	public boolean apiOnly() {
		return this == INTEGRATOR;
	}

}
