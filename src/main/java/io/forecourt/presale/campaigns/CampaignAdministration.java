package io.forecourt.presale.campaigns;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.geo.CityCode;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.network.DealerNetwork;
import io.forecourt.sales.Configurations;
import io.forecourt.sales.PricedConfiguration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HQ creates and reads presale campaigns. A campaign is checked whole before anything is
 * written: its configurations must be stored catalog configurations of one model, its
 * regions network regions, its cities real city codes. Creating it writes its quota as
 * rows, so a campaign of 100,000 units takes a moment (a bulk COPY on PostgreSQL).
 */
@Service
public class CampaignAdministration {

	public static final String RESOURCE = "presale-campaign";

	static final int MAX_QUOTA = 100_000;

	static final int MAX_OFFERS = 20;

	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,39}");

	private static final BigDecimal MAX_DEPOSIT = new BigDecimal("1000000");

	private final Campaigns campaigns;

	private final CampaignDirectory directory;

	private final Configurations configurations;

	private final DealerNetwork network;

	private final AuditLog audit;

	private final Clock clock;

	private final String defaultBrand;

	CampaignAdministration(Campaigns campaigns, CampaignDirectory directory, Configurations configurations,
			DealerNetwork network, AuditLog audit, Clock clock,
			@Value("${forecourt.presale.default-brand:Huaxia}") String defaultBrand) {
		this.campaigns = campaigns;
		this.directory = directory;
		this.configurations = configurations;
		this.network = network;
		this.audit = audit;
		this.clock = clock;
		this.defaultBrand = defaultBrand;
	}

	/**
	 * @throws ProblemException validation naming every invalid field; duplicate when the
	 * code is taken
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_PRESALE_MANAGE')")
	public CampaignView create(NewCampaign request) {
		Instant now = this.clock.instant();
		Campaign campaign = check(request, now);
		if (this.campaigns.codeTaken(campaign.code())) {
			throw ProblemException.duplicate("code", campaign.code());
		}
		this.campaigns.insert(campaign);
		this.audit.recordChange(AuditAction.CREATE, RESOURCE, campaign.id(), campaign.code() + ": " + campaign.quota()
				+ " units of " + campaign.modelCode() + " from " + campaign.opensAt() + " to " + campaign.closesAt());
		this.directory.forget();
		return CampaignView.of(campaign, now);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_PRESALE_READ')")
	public Page<CampaignView> list(PageRequest page) {
		Instant now = this.clock.instant();
		return this.campaigns.page(page).map(c -> CampaignView.of(c, now));
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_PRESALE_READ')")
	public CampaignView get(String code) {
		return CampaignView.of(this.campaigns.findByCode(code.strip().toUpperCase(Locale.ROOT))
			.orElseThrow(() -> ProblemException.notFound("Presale campaign", code)), this.clock.instant());
	}

	private Campaign check(NewCampaign r, Instant now) {
		FieldErrors errors = new FieldErrors();
		String code = r.code() == null ? "" : r.code().strip().toUpperCase(Locale.ROOT);
		if (!CODE.matcher(code).matches()) {
			errors.reject("code", "3 to 40 letters, digits and dashes, starting with a letter or digit");
		}
		String nameZh = text(errors, "nameZh", r.nameZh(), 100);
		String nameEn = text(errors, "nameEn", r.nameEn(), 100);
		String brand = r.brand() == null || r.brand().isBlank() ? this.defaultBrand : r.brand().strip();
		if (brand.length() > 40) {
			errors.reject("brand", "at most 40 characters");
		}
		int quota = r.quota() == null ? 0 : r.quota();
		if (quota < 1 || quota > MAX_QUOTA) {
			errors.reject("quota", "is required, 1 to " + MAX_QUOTA);
		}
		Offers offers = offers(errors, r.offers(), quota);
		if (r.opensAt() == null) {
			errors.reject("opensAt", "is required");
		}
		if (r.closesAt() == null) {
			errors.reject("closesAt", "is required");
		}
		else if (!r.closesAt().isAfter(now)) {
			errors.reject("closesAt", "must be in the future");
		}
		else if (r.opensAt() != null && !r.closesAt().isAfter(r.opensAt())) {
			errors.reject("closesAt", "must be after opensAt");
		}
		BigDecimal deposit = r.deposit();
		if (deposit == null || deposit.signum() <= 0 || deposit.scale() > 2 || deposit.compareTo(MAX_DEPOSIT) > 0) {
			errors.reject("deposit", "is required: yuan, more than 0 and at most 1,000,000, two decimals at most");
		}
		int window = r.paymentWindowMinutes() == null ? 0 : r.paymentWindowMinutes();
		if (window < 1 || window > 1440) {
			errors.reject("paymentWindowMinutes", "is required, 1 to 1440");
		}
		int limit = r.perPersonLimit() == null ? 1 : r.perPersonLimit();
		if (limit < 1 || limit > 10) {
			errors.reject("perPersonLimit", "1 to 10");
		}
		Set<String> regions = regions(errors, r.regionCodes());
		Set<String> cities = new LinkedHashSet<>();
		List<String> cityCodes = r.cityCodes() == null ? List.of() : r.cityCodes();
		for (int i = 0; i < cityCodes.size(); i++) {
			String raw = cityCodes.get(i) == null ? "" : cityCodes.get(i).strip();
			CityCode city = errors.attempt("cityCodes[" + i + "]", () -> new CityCode(raw));
			if (city != null) {
				cities.add(city.value());
			}
		}
		if (cities.size() > 200) {
			errors.reject("cityCodes", "at most 200");
		}
		errors.throwIfAny();
		return new Campaign(UUID.randomUUID(), code, nameZh, nameEn, brand, offers.model(), quota, r.opensAt(),
				r.closesAt(), deposit.setScale(2), Duration.ofMinutes(window), limit, r.idNumberRequired(), regions,
				cities, offers.offers(), now, CurrentAccess.principal().map(p -> p.name()).orElse("system"));
	}

	private Offers offers(FieldErrors errors, List<NewCampaign.NewOffer> requested, int quota) {
		if (requested == null || requested.isEmpty() || requested.size() > MAX_OFFERS) {
			errors.reject("offers", "1 to " + MAX_OFFERS + " configurations (catalog share codes)");
			return new Offers(List.of(), "");
		}
		List<Campaign.Offer> offers = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		String model = null;
		for (int i = 0; i < requested.size(); i++) {
			NewCampaign.NewOffer offer = requested.get(i);
			String field = "offers[" + i + "]";
			if (offer == null || offer.configurationCode() == null || offer.configurationCode().isBlank()) {
				errors.reject(field + ".configurationCode", "is required");
				continue;
			}
			var found = this.configurations.find(offer.configurationCode().strip());
			if (found.isEmpty()) {
				errors.reject(field + ".configurationCode",
						"'" + offer.configurationCode() + "' is not a stored configuration's share code");
				continue;
			}
			PricedConfiguration configuration = found.get();
			if (!seen.add(configuration.code())) {
				errors.reject(field + ".configurationCode", "'" + configuration.code() + "' is offered twice");
				continue;
			}
			if (model == null) {
				model = configuration.modelCode();
			}
			else if (!model.equals(configuration.modelCode())) {
				errors.reject(field + ".configurationCode",
						"is a " + configuration.modelCode() + "; a campaign sells one model (" + model + ")");
				continue;
			}
			if (offer.cap() != null && (offer.cap() < 1 || (quota > 0 && offer.cap() > quota))) {
				errors.reject(field + ".cap", "1 to the campaign's quota, or empty for no cap of its own");
				continue;
			}
			offers.add(new Campaign.Offer(configuration.code(), configuration.nameZh(), configuration.nameEn(),
					configuration.msrpTotal(), offer.cap()));
		}
		return new Offers(offers, model == null ? "" : model);
	}

	/** The offers checked, all of one model. */
	private record Offers(List<Campaign.Offer> offers, String model) {
	}

	private Set<String> regions(FieldErrors errors, List<String> requested) {
		if (requested == null || requested.isEmpty()) {
			return Set.of();
		}
		Set<String> known = this.network.regionIdsByCode().keySet();
		Set<String> regions = new LinkedHashSet<>();
		for (int i = 0; i < requested.size(); i++) {
			String code = requested.get(i) == null ? "" : requested.get(i).strip().toUpperCase(Locale.ROOT);
			if (!known.contains(code)) {
				errors.reject("regionCodes[" + i + "]", "'" + code + "' is not a region of the network");
			}
			else {
				regions.add(code);
			}
		}
		return regions;
	}

	private static String text(FieldErrors errors, String field, String value, int max) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty() || text.length() > max) {
			errors.reject(field, "is required, at most " + max + " characters");
		}
		return text;
	}

}
