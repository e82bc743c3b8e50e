package io.forecourt.kernel.security;

import java.util.List;

/**
 * A module's own demo credentials (published secrets its demo data seeds), which
 * {@link DemoCredentialGuard} refuses to start production with. Modules declare an
 * implementation as a bean; the kernel never reads their tables itself.
 */
public interface DemoCredentials {

	/** What demo credentials exist, each described for the operator; empty if none. */
	List<String> found();

}
