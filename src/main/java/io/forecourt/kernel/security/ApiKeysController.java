package io.forecourt.kernel.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * API keys: account managers see and issue integrator keys; everyone else sees and
 * revokes their own personal tokens. Someone else's key answers 404, as if it did not
 * exist, and the attempt is audited.
 */
@RestController
@RequestMapping("/api/v1/api-keys")
@Tag(name = "API keys", description = "Integrator keys and personal tokens")
class ApiKeysController {

	private final Accounts accounts;

	private final AuditLog audit;

	private final Clock clock;

	ApiKeysController(Accounts accounts, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "List keys, newest first: all of them with MANAGE_ACCOUNTS, otherwise the caller's own")
	Page<ApiKeyView> list(@AuthenticationPrincipal ForecourtPrincipal caller,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
		PageRequest request = new PageRequest(page, size);
		if (caller.can(Permission.MANAGE_ACCOUNTS)) {
			return this.accounts.keys(null, request).map(ApiKeyView::of);
		}
		if (caller.kind() != ForecourtPrincipal.Kind.USER) {
			// An integrator key owns no keys.
			return Page.of(List.of(), request, 0);
		}
		return this.accounts.keys(UUID.fromString(caller.subjectId()), request).map(ApiKeyView::of);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('PERM_MANAGE_ACCOUNTS')")
	@Operation(summary = "Issue an integrator key with a role and a scope",
			description = "The secret is returned only in this response.")
	ResponseEntity<IssuedKeyView> issue(@AuthenticationPrincipal ForecourtPrincipal caller,
			@Valid @RequestBody NewKeyRequest request) {
		Instant expiresAt = request.expiresInDays() == null ? null
				: Instant.now(this.clock).plus(Duration.ofDays(request.expiresInDays()));
		UUID owner = caller.kind() == ForecourtPrincipal.Kind.USER ? UUID.fromString(caller.subjectId()) : null;
		IssuedKey issued = this.accounts
			.issueKey(NewApiKey.of(request.label(), request.role(), request.scope().toScope(), owner, expiresAt));
		return ResponseEntity.status(HttpStatus.CREATED)
			.cacheControl(CacheControl.noStore())
			.body(new IssuedKeyView(ApiKeyView.of(issued.key()), issued.secret()));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Revoke a key (its owner or MANAGE_ACCOUNTS); it is refused from the next request on")
	ResponseEntity<Void> revoke(@AuthenticationPrincipal ForecourtPrincipal caller, @PathVariable UUID id) {
		ApiKey key = this.accounts.findKey(id).orElseThrow(() -> ProblemException.notFound("API key", id));
		boolean owner = caller.kind() == ForecourtPrincipal.Kind.USER
				&& Objects.equals(String.valueOf(key.ownerUserId()), caller.subjectId());
		if (!owner && !caller.can(Permission.MANAGE_ACCOUNTS)) {
			this.audit.recordDenial("api_key", id, "revoke");
			throw ProblemException.notFound("API key", id);
		}
		this.accounts.revokeKey(id);
		return ResponseEntity.noContent().build();
	}

	record NewKeyRequest(@NotBlank @Size(max = 100) String label, @NotNull Role role, @NotNull @Valid ScopeBody scope,
			@Nullable @Min(1) @Max(3650) Integer expiresInDays) {
	}

	record ApiKeyView(UUID id, String label, String keyPrefix, boolean personal, @Nullable Role role,
			@Nullable ScopeBody scope, @Nullable UUID ownerUserId, Instant createdAt, @Nullable Instant expiresAt,
			@Nullable Instant revokedAt, @Nullable Instant lastUsedAt, boolean demo) {

		static ApiKeyView of(ApiKey key) {
			return new ApiKeyView(key.id(), key.label(), key.keyPrefix(), key.personal(), key.role(),
					key.scope() == null ? null : ScopeBody.of(key.scope()), key.ownerUserId(), key.createdAt(),
					key.expiresAt(), key.revokedAt(), key.lastUsedAt(), key.demo());
		}

	}

	/** The secret appears here once and never again. */
	record IssuedKeyView(ApiKeyView key, String secret) {
	}

}
