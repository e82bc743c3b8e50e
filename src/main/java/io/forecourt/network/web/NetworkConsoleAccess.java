package io.forecourt.network.web;

import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.tenancy.CurrentAccess;

import org.springframework.security.access.AccessDeniedException;

/**
 * Guards console pages that only lead to a change (the empty "new dealer" form): the
 * services check again on save, but a user who may not save should not get the form.
 */
final class NetworkConsoleAccess {

	private NetworkConsoleAccess() {
	}

	static void require(Permission permission) {
		if (!CurrentAccess.can(permission)) {
			throw new AccessDeniedException("Requires " + permission);
		}
	}

}
