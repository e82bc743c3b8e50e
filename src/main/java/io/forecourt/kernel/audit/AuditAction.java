package io.forecourt.kernel.audit;

/** What an audit record says happened. */
public enum AuditAction {

	CREATE, UPDATE, DELETE,

	/** Personal data (phone, ID number, ...) was shown unmasked. */
	VIEW_PERSONAL_DATA,

	/** A record outside the actor's scope was asked for; the request got a 404. */
	ACCESS_DENIED,

	LOGIN_SUCCEEDED, LOGIN_FAILED, LOGOUT,

	TOKEN_ISSUED, TOKEN_REVOKED

}
