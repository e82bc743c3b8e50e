package io.forecourt.network.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.network.domain.Staff;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The console's staff form. {@code dealerId} only on hiring (people do not move between
 * dealers; they leave one and join another); {@code active} and {@code version} only on
 * revision. An unticked checkbox sends nothing, so a missing {@code active} is false.
 */
record StaffForm(@Nullable UUID dealerId, @NotBlank @Size(max = 100) @Nullable String name,
		@NotBlank @Size(max = 40) @Nullable String phone, @Email @Size(max = 254) @Nullable String email,
		@NotEmpty @Nullable Set<Role> roles, @Nullable Boolean active, @Nullable Long version) {

	static final Set<String> FIELDS = Set.of("dealerId", "name", "phone", "email", "roles");

	static StaffForm blank(@Nullable UUID dealerId) {
		return new StaffForm(dealerId, null, null, null, EnumSet.of(Role.SALES_CONSULTANT), true, null);
	}

	/**
	 * The member as they are; the phone and e-mail only for those who may see them (the
	 * others must type them again to save).
	 */
	static StaffForm of(Staff member) {
		boolean unmasked = CurrentAccess.can(Permission.PERSONAL_DATA);
		Staff.StaffDetails d = member.details();
		return new StaffForm(member.dealerId(), d.name(), unmasked ? d.phone().e164() : null,
				unmasked ? d.email() : null, d.roles(), member.active(), member.version());
	}

	public boolean holds(Role role) {
		return this.roles != null && this.roles.contains(role);
	}

	public boolean isActive() {
		return Boolean.TRUE.equals(this.active);
	}

	/**
	 * The details, converted as the API converts them.
	 * @throws io.forecourt.kernel.web.ProblemException naming the invalid fields
	 */
	Staff.StaffDetails details() {
		return StaffApi.details(String.valueOf(this.name), String.valueOf(this.phone),
				this.email == null || this.email.isBlank() ? null : this.email,
				this.roles == null ? Set.of() : this.roles);
	}

}
