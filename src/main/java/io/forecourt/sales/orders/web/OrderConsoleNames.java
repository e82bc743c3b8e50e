package io.forecourt.sales.orders.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.network.DealerNetwork;
import io.forecourt.network.DealerSummary;

import org.springframework.stereotype.Component;

/** Dealer and staff names for order pages, which store only ids. */
@Component
class OrderConsoleNames {

	private final DealerNetwork network;

	OrderConsoleNames(DealerNetwork network) {
		this.network = network;
	}

	Map<UUID, String> dealers(Collection<UUID> ids, Locale locale) {
		Map<UUID, String> names = new HashMap<>();
		this.network.dealers(ids).forEach((id, dealer) -> names.put(id, label(dealer, locale)));
		return names;
	}

	Map<UUID, String> staff(Collection<UUID> ids) {
		return this.network.staffNames(ids.stream().filter(Objects::nonNull).distinct().toList());
	}

	/** The active dealers the caller may sell for, for the create form. */
	List<DealerSummary> dealersInScope() {
		AccessScope scope = CurrentAccess.scope();
		return this.network.activeDealers()
			.stream()
			.filter(d -> scope.covers(d.id(), d.regionId()))
			.sorted(java.util.Comparator.comparing(DealerSummary::code))
			.toList();
	}

	static String label(DealerSummary dealer, Locale locale) {
		return dealer.code() + " " + (locale.getLanguage().equals("zh") ? dealer.nameZh() : dealer.nameEn());
	}

}
