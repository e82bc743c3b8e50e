package io.forecourt.presale.launch;

import java.util.List;
import java.util.Locale;

/**
 * Tells scripted clients from people's apps and browsers by the user agent: none at all,
 * or an HTTP library or headless browser that no participant's phone sends (unless the
 * brand's own app, built on such a library, marks itself). A determined bot can lie about
 * its user agent; this catches the many that do not bother, and the rate checks catch the
 * rest.
 */
final class BotHeuristics {

	private final List<String> scripted;

	private final List<String> appMarkers;

	BotHeuristics(List<String> scripted, List<String> appMarkers) {
		this.scripted = scripted.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
		this.appMarkers = appMarkers.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
	}

	boolean scripted(String userAgent) {
		String agent = userAgent.strip().toLowerCase(Locale.ROOT);
		if (agent.isEmpty()) {
			return true;
		}
		if (this.appMarkers.stream().anyMatch(agent::contains)) {
			return false;
		}
		return this.scripted.stream().anyMatch(agent::contains);
	}

}
