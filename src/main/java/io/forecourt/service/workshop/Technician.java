package io.forecourt.service.workshop;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A technician of a dealer's workshop with their skills. The network has no technician
 * role (technicians need no console sign-in), so this is a workshop record, linked to the
 * network's staff member when there is one.
 */
public record Technician(UUID id, UUID dealerId, String name, @Nullable UUID staffId, Set<Skill> skills, boolean active,
		long version, Instant createdAt, Instant updatedAt) {

	public Technician {
		skills = Set.copyOf(skills);
	}

	public boolean can(Skill skill) {
		return this.skills.contains(skill);
	}

}
