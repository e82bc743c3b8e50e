package io.forecourt.network;

import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.security.Role;

/**
 * A staff member joined, changed roles, or was activated or deactivated. Lead assignment
 * listens to it to stop giving work to people who left.
 */
public record StaffChanged(UUID staffId, UUID dealerId, Set<Role> roles, boolean active) {
}
