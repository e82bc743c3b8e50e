package io.forecourt.kernel.console;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Names regions and dealers so the console can show a user's scope as "Region: East
 * China" rather than an id. The network module implements it; without an implementation
 * the console shows a short id.
 */
public interface ScopeNames {

	Optional<String> regionName(UUID regionId, Locale locale);

	Optional<String> dealerName(UUID dealerId, Locale locale);

}
