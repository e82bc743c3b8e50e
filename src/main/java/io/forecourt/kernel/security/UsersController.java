package io.forecourt.kernel.security;

import java.net.URI;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.web.ETags;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Console user accounts, for account managers. */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasAuthority('PERM_MANAGE_ACCOUNTS')")
@Tag(name = "Users", description = "Console user accounts")
class UsersController {

	private final Accounts accounts;

	UsersController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	@Operation(summary = "List users by username")
	Page<UserView> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
		return this.accounts.users(new PageRequest(page, size)).map(UserView::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One user")
	ResponseEntity<UserView> get(@PathVariable UUID id) {
		UserAccount user = this.accounts.findUser(id).orElseThrow(() -> ProblemException.notFound("User", id));
		return ResponseEntity.ok().eTag(ETags.of(user.version())).body(UserView.of(user));
	}

	@PostMapping
	@Operation(summary = "Create a console user with roles and a data scope",
			description = "API-only roles (INTEGRATOR) are refused: integrators get API keys.")
	ResponseEntity<UserView> create(@Valid @RequestBody NewUserRequest request) {
		UserAccount user = this.accounts.createUser(new NewUser(request.username(), request.displayName(),
				request.password(), request.roles(), request.scope().toScope(), request.staffId(), false));
		return ResponseEntity.created(URI.create("/api/v1/users/" + user.id()))
			.eTag(ETags.of(user.version()))
			.body(UserView.of(user));
	}

	record NewUserRequest(@NotBlank @Size(max = 60) String username, @NotBlank @Size(max = 200) String displayName,
			@NotBlank @Size(min = NewUser.MIN_PASSWORD, max = NewUser.MAX_PASSWORD) String password,
			@NotEmpty Set<@NotNull Role> roles, @NotNull @Valid ScopeBody scope, @Nullable UUID staffId) {

		@Override
		public String toString() {
			return "NewUserRequest[" + this.username + ", roles=" + this.roles + "]";
		}

	}

	record UserView(UUID id, String username, String displayName, Set<Role> roles, ScopeBody scope,
			@Nullable UUID staffId, boolean enabled, boolean demo, Instant createdAt) {

		static UserView of(UserAccount user) {
			return new UserView(user.id(), user.username(), user.displayName(), user.roles(),
					ScopeBody.of(user.scope()), user.staffId(), user.enabled(), user.demo(), user.createdAt());
		}

	}

}
