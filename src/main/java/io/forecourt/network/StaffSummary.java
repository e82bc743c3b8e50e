package io.forecourt.network;

import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.security.Role;

/** A dealer's staff member as other modules see them (no contact details). */
public record StaffSummary(UUID id, UUID dealerId, String name, Set<Role> roles, boolean active) {
}
