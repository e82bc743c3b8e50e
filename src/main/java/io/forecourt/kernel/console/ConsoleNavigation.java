package io.forecourt.kernel.console;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.forecourt.kernel.security.ForecourtPrincipal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Every module's {@link NavEntry} beans, in menu order. */
@Component
class ConsoleNavigation {

	private final List<NavEntry> entries;

	ConsoleNavigation(ObjectProvider<NavEntry> entries) {
		this.entries = entries.stream()
			.sorted(Comparator.comparingInt(NavEntry::order).thenComparing(NavEntry::id))
			.toList();
		Set<String> ids = new HashSet<>();
		for (NavEntry entry : this.entries) {
			if (!ids.add(entry.id())) {
				// Two modules claiming one id would make one of them vanish from the
				// menu.
				throw new IllegalStateException("Two console nav entries share the id '" + entry.id() + "'");
			}
		}
	}

	List<NavEntry> visibleTo(Optional<ForecourtPrincipal> principal) {
		return this.entries.stream().filter(entry -> entry.visibleTo(principal)).toList();
	}

}
