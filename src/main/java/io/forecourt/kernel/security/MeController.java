package io.forecourt.kernel.security;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is. Answered from the authentication alone, without a database read. */
@RestController
@Tag(name = "Authentication", description = "Personal tokens and the signed-in principal")
class MeController {

	@GetMapping("/api/v1/me")
	@Operation(summary = "The caller: name, kind, roles, permissions and data scope")
	Me me(@AuthenticationPrincipal ForecourtPrincipal principal) {
		Set<Permission> permissions = new TreeSet<>();
		principal.roles().forEach(role -> permissions.addAll(role.permissions()));
		return new Me(principal.subjectId(), principal.name(), principal.kind(), new TreeSet<>(principal.roles()),
				permissions, ScopeBody.of(principal.scope()), principal.staffId());
	}

	record Me(String subjectId, String name, ForecourtPrincipal.Kind kind, Set<Role> roles, Set<Permission> permissions,
			ScopeBody scope, @Nullable UUID staffId) {
	}

}
