package io.forecourt.kernel.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Console users and API keys: the API other modules (the demo seeder, the console's
 * account pages) use to create and find them. Passwords are stored as Argon2id hashes,
 * key secrets as SHA-256; neither is ever returned. Every creation is audited.
 */
@Component
public class Accounts {

	private final UserAccounts users;

	private final ApiKeys keys;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final Clock clock;

	private final ApiKeyAuthenticator authenticator;

	Accounts(UserAccounts users, ApiKeys keys, PasswordEncoder passwords, AuditLog audit, Clock clock,
			ApiKeyAuthenticator authenticator) {
		this.authenticator = authenticator;
		this.users = users;
		this.keys = keys;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates an enabled console user.
	 * @throws ProblemException of type duplicate when the username is taken
	 */
	@Transactional
	public UserAccount createUser(NewUser user) {
		if (this.users.usernameTaken(user.username())) {
			throw ProblemException.duplicate("username", user.username());
		}
		UserAccount account = new UserAccount(UUID.randomUUID(), user.username(), user.displayName().strip(),
				user.roles(), user.scope(), user.staffId(), true, user.demo(), now(), 0);
		this.users.insert(account, this.passwords.encode(user.rawPassword()));
		this.audit.recordChange(AuditAction.CREATE, "user_account", account.id(), "username=" + account.username()
				+ " roles=" + Rows.roles(account.roles()) + " scope=" + account.scope() + " demo=" + account.demo());
		return account;
	}

	/** Issues an integrator key with its own role and scope. */
	@Transactional
	public IssuedKey issueKey(NewApiKey request) {
		if (request.ownerUserId() != null && this.users.findById(request.ownerUserId()).isEmpty()) {
			throw ProblemException.validation("ownerUserId", "no such user");
		}
		KeySecret secret = request.secret() == null ? KeySecret.generate() : new KeySecret(request.secret());
		if (request.secret() != null && this.keys.hashTaken(secret.hash())) {
			throw ProblemException.duplicate("secret", secret.displayPrefix() + "…");
		}
		ApiKey key = new ApiKey(UUID.randomUUID(), request.label(), secret.displayPrefix(), request.role(),
				request.scope(), request.ownerUserId(), now(), request.expiresAt(), null, null, request.demo());
		return insert(key, secret);
	}

	/**
	 * Issues a personal token: it acts as the user, with the user's roles and scope at
	 * the time of each request, and stops working when the user is disabled.
	 */
	@Transactional
	public IssuedKey issuePersonalToken(UUID userId, String label, @Nullable Instant expiresAt) {
		UserAccount user = this.users.findById(userId).orElseThrow(() -> ProblemException.notFound("User", userId));
		KeySecret secret = KeySecret.generate();
		ApiKey key = new ApiKey(UUID.randomUUID(), NewApiKey.checkLabel(label), secret.displayPrefix(), null, null,
				user.id(), now(), expiresAt, null, null, user.demo());
		IssuedKey issued = insert(key, secret);
		this.audit.recordSecurityEvent(AuditAction.TOKEN_ISSUED, user.username(), ForecourtPrincipal.Kind.USER.name(),
				key.id().toString(), "personal token '" + key.label() + "'");
		return issued;
	}

	/**
	 * Revokes a key; it is refused from the next request on.
	 * @return whether the key was active until now ({@code false} if already revoked)
	 * @throws ProblemException not found when there is no such key
	 */
	@Transactional
	public boolean revokeKey(UUID keyId) {
		ApiKey key = findKey(keyId).orElseThrow(() -> ProblemException.notFound("API key", keyId));
		boolean revoked = this.keys.revoke(key.id(), now());
		forgetCachedKeysAfterCommit();
		if (revoked) {
			ForecourtPrincipal actor = CurrentAccess.principal().orElse(ForecourtPrincipal.SYSTEM);
			this.audit.recordSecurityEvent(AuditAction.TOKEN_REVOKED, actor.name(), actor.kind().name(),
					key.id().toString(), "key '" + key.label() + "' (" + key.keyPrefix() + "…)");
		}
		return revoked;
	}

	/**
	 * Clears the authenticator's key cache once the change is committed; clearing earlier
	 * would let a concurrent request cache the key again as it was before.
	 */
	private void forgetCachedKeysAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					Accounts.this.authenticator.forgetAll();
				}
			});
		}
		else {
			this.authenticator.forgetAll();
		}
	}

	public Optional<UserAccount> findUser(UUID id) {
		return this.users.findById(id);
	}

	public Optional<UserAccount> findUserByUsername(String username) {
		return this.users.findByUsername(username.strip().toLowerCase(Locale.ROOT));
	}

	public Page<UserAccount> users(PageRequest page) {
		return this.users.page(page);
	}

	public Optional<ApiKey> findKey(UUID id) {
		return this.keys.findById(id);
	}

	/** All keys, newest first, or only those of one owner. */
	public Page<ApiKey> keys(@Nullable UUID ownerUserId, PageRequest page) {
		return this.keys.page(ownerUserId, page);
	}

	private IssuedKey insert(ApiKey key, KeySecret secret) {
		this.keys.insert(key, secret.hash());
		this.audit.recordChange(AuditAction.CREATE, "api_key", key.id(),
				"label=" + key.label() + " prefix=" + key.keyPrefix() + (key.personal()
						? " personal owner=" + key.ownerUserId() : " role=" + key.role() + " scope=" + key.scope())
						+ " demo=" + key.demo());
		return new IssuedKey(key, secret.value());
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
