package io.forecourt.network.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.contact.PhoneNumber;
import io.forecourt.kernel.security.Role;
import io.forecourt.network.StaffChanged;
import org.jspecify.annotations.Nullable;

/**
 * A person working at a dealer. Only dealer roles apply (manager, sales consultant,
 * service advisor); people leave by being deactivated, never deleted, because leads,
 * orders and repair orders keep pointing at who handled them.
 */
public final class Staff {

	/** The roles a dealer's staff can hold. */
	public static final Set<Role> DEALER_ROLES = EnumSet.of(Role.DEALER_MANAGER, Role.SALES_CONSULTANT,
			Role.SERVICE_ADVISOR);

	private final UUID id;

	private final UUID dealerId;

	private final Instant createdAt;

	private StaffDetails details;

	private boolean active;

	private long version;

	private Instant updatedAt;

	private @Nullable StaffChanged pendingEvent;

	Staff(UUID id, UUID dealerId, StaffDetails details, boolean active, long version, Instant createdAt,
			Instant updatedAt) {
		this.id = id;
		this.dealerId = dealerId;
		this.details = details;
		this.active = active;
		this.version = version;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	public static Staff join(UUID dealerId, StaffDetails details, Instant now) {
		Staff staff = new Staff(UUID.randomUUID(), dealerId, details, true, 0, now, now);
		staff.changed();
		return staff;
	}

	public void revise(StaffDetails details, boolean active, Instant now) {
		this.details = details;
		this.active = active;
		this.updatedAt = now;
		changed();
	}

	private void changed() {
		this.pendingEvent = new StaffChanged(this.id, this.dealerId, this.details.roles(), this.active);
	}

	/**
	 * The change event registered since the last call, if any; the caller publishes it.
	 */
	public java.util.Optional<StaffChanged> takeEvent() {
		var event = java.util.Optional.ofNullable(this.pendingEvent);
		this.pendingEvent = null;
		return event;
	}

	void stored(long newVersion) {
		this.version = newVersion;
	}

	public UUID id() {
		return this.id;
	}

	public UUID dealerId() {
		return this.dealerId;
	}

	public StaffDetails details() {
		return this.details;
	}

	public boolean active() {
		return this.active;
	}

	public long version() {
		return this.version;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	/** Name, contact and roles of a staff member. */
	public record StaffDetails(String name, PhoneNumber phone, @Nullable String email, Set<Role> roles) {

		public StaffDetails {
			if (name == null || name.isBlank() || name.length() > 100) {
				throw new IllegalArgumentException("name must be 1 to 100 characters");
			}
			if (roles.isEmpty()) {
				throw new IllegalArgumentException("roles: at least one role");
			}
			if (!DEALER_ROLES.containsAll(roles)) {
				throw new IllegalArgumentException("roles: staff hold only " + DEALER_ROLES);
			}
			roles = Set.copyOf(EnumSet.copyOf(roles));
			email = email == null || email.isBlank() ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
