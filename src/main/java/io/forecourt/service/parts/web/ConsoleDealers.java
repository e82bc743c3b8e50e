package io.forecourt.service.parts.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.forecourt.network.DealerSummary;
import io.forecourt.service.workshop.ServiceDealers;

import org.springframework.stereotype.Component;

/** The dealers of the viewer's scope as the parts pages label them, by code. */
@Component
class ConsoleDealers {

	private final ServiceDealers dealers;

	ConsoleDealers(ServiceDealers dealers) {
		this.dealers = dealers;
	}

	Map<UUID, String> labels(Locale locale) {
		Map<UUID, String> labels = new LinkedHashMap<>();
		for (DealerSummary dealer : this.dealers.visibleDealers()) {
			labels.put(dealer.id(), label(dealer, locale));
		}
		return labels;
	}

	String label(UUID dealerId, Locale locale) {
		return label(this.dealers.visible(dealerId), locale);
	}

	private static String label(DealerSummary dealer, Locale locale) {
		return dealer.code() + " " + (locale.getLanguage().equals("zh") ? dealer.nameZh() : dealer.nameEn());
	}

}
