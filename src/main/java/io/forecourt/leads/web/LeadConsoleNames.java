package io.forecourt.leads.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.forecourt.kernel.security.Role;
import io.forecourt.network.DealerNetwork;
import io.forecourt.network.DealerSummary;
import io.forecourt.network.StaffSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** Dealer and consultant names for lead pages, which store only ids. */
@Component
class LeadConsoleNames {

	private final DealerNetwork network;

	LeadConsoleNames(DealerNetwork network) {
		this.network = network;
	}

	/** Dealer id to "SH-001 上海虹桥…" (or the English name), for the given dealers. */
	Map<UUID, String> dealers(List<@Nullable UUID> ids, Locale locale) {
		Map<UUID, String> names = new HashMap<>();
		for (UUID id : ids) {
			if (id != null && !names.containsKey(id)) {
				this.network.dealer(id).ifPresent(d -> names.put(id, label(d, locale)));
			}
		}
		return names;
	}

	/** Consultant id to name, for the active consultants of the given dealers. */
	Map<UUID, String> consultants(List<@Nullable UUID> dealerIds) {
		Map<UUID, String> names = new HashMap<>();
		dealerIds.stream()
			.filter(id -> id != null)
			.distinct()
			.forEach(dealer -> this.network.activeStaff(dealer, Role.SALES_CONSULTANT)
				.forEach(s -> names.put(s.id(), s.name())));
		return names;
	}

	List<StaffSummary> consultantsOf(UUID dealerId) {
		return this.network.activeStaff(dealerId, Role.SALES_CONSULTANT);
	}

	static String label(DealerSummary dealer, Locale locale) {
		return dealer.code() + " " + (locale.getLanguage().equals("zh") ? dealer.nameZh() : dealer.nameEn());
	}

}
