package io.forecourt.service.recommendation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.forecourt.kernel.geo.GeoPoint;
import io.forecourt.kernel.vehicle.Vin;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.network.DealerSummary;
import io.forecourt.service.workshop.ServiceDealers;
import io.forecourt.service.workshop.ServicePolicy;
import io.forecourt.service.workshop.ServiceRating;
import io.forecourt.service.workshop.ServiceType;
import io.forecourt.service.workshop.WorkshopCapacity;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks the workshops within reach for an owner's need ({@link Scoring} has the
 * arithmetic). Candidates are the active dealers in the caller's scope (the brand app and
 * HQ: all) that offer the service type and lie within the maximum distance; each is asked
 * for its earliest free start and its load in the window from the same holds that stop
 * overbooking.
 */
@Service
public class DealerRecommendations {

	private final ServiceDealers dealers;

	private final WorkshopCapacity capacity;

	private final RecommendationSettings settings;

	private final ServicePolicy policy;

	private final Clock clock;

	DealerRecommendations(ServiceDealers dealers, WorkshopCapacity capacity, RecommendationSettings settings,
			ServicePolicy policy, Clock clock) {
		this.dealers = dealers;
		this.capacity = capacity;
		this.settings = settings;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * @throws io.forecourt.kernel.web.ProblemException validation naming each bad field
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SERVICE_READ')")
	public Recommendation recommend(RecommendationRequest request) {
		ZoneId zone = this.policy.zone();
		Instant now = this.clock.instant();
		LocalDate today = now.atZone(zone).toLocalDate();
		FieldErrors errors = new FieldErrors();
		String vin = request.vin() == null || request.vin().isBlank() ? null
				: errors.attempt("vin", () -> Vin.parse(request.vin()).value());
		String model = request.modelCode() == null || request.modelCode().isBlank() ? null
				: request.modelCode().strip().toUpperCase(Locale.ROOT);
		if ((request.vin() == null || request.vin().isBlank()) && model == null) {
			errors.reject("vin", "give the vehicle's VIN or its modelCode");
		}
		if (model != null && !model.matches("[A-Z0-9][A-Z0-9-]{0,29}")) {
			errors.reject("modelCode", "must be a model code like E5");
		}
		GeoPoint position = position(errors, request.position());
		String code = request.serviceType() == null || request.serviceType().isBlank() ? null
				: request.serviceType().strip().toUpperCase(Locale.ROOT);
		if (code == null) {
			errors.reject("serviceType", "is required");
		}
		FaultSeverity severity = request.faultSeverity() == null || request.faultSeverity().isBlank()
				? FaultSeverity.NONE : errors.attempt("faultSeverity", () -> severity(request.faultSeverity()));
		if (request.mileageKm() != null && (request.mileageKm() < 0 || request.mileageKm() > 2_000_000)) {
			errors.reject("mileageKm", "must be 0 to 2000000");
		}
		if (request.lastServiceMileageKm() != null && (request.lastServiceMileageKm() < 0
				|| (request.mileageKm() != null && request.lastServiceMileageKm() > request.mileageKm()))) {
			errors.reject("lastServiceMileageKm", "must be 0 to the mileage now");
		}
		if (request.lastServiceDate() != null && request.lastServiceDate().isAfter(today)) {
			errors.reject("lastServiceDate", "must not be in the future");
		}
		LocalDate from = request.from() == null ? today : request.from();
		LocalDate to = request.to() == null ? from.plusDays(this.settings.windowDays() - 1) : request.to();
		if (from.isBefore(today)) {
			errors.reject("from", "must be today or later");
		}
		if (to.isBefore(from)) {
			errors.reject("to", "must not be before from");
		}
		else if (ChronoUnit.DAYS.between(from, to) + 1 > this.settings.maxWindowDays()) {
			errors.reject("to", "the window may have at most " + this.settings.maxWindowDays() + " days");
		}
		if (to.isAfter(today.plusDays(this.policy.horizonDays()))) {
			errors.reject("to", "must be within " + this.policy.horizonDays() + " days");
		}
		double maxKm = request.maxDistanceKm() == null ? this.settings.maxDistanceKm() : request.maxDistanceKm();
		if (!(maxKm > 0 && maxKm <= 1000)) {
			errors.reject("maxDistanceKm", "must be more than 0 and at most 1000");
		}
		errors.throwIfAny();

		Map<UUID, ServiceType> offering = this.capacity.offering(code);
		List<Candidate> candidates = new ArrayList<>();
		for (DealerSummary dealer : this.dealers.visibleDealers()) {
			ServiceType type = offering.get(dealer.id());
			double km = position.distanceKm(dealer.location());
			if (type != null && km <= maxKm) {
				candidates.add(new Candidate(dealer, type, km));
			}
		}
		Integer intervalKm = candidates.stream()
			.map(c -> c.type().intervalKm())
			.filter(Objects::nonNull)
			.min(Integer::compare)
			.orElse(null);
		Integer intervalMonths = candidates.stream()
			.map(c -> c.type().intervalMonths())
			.filter(Objects::nonNull)
			.min(Integer::compare)
			.orElse(null);
		Double overdue = overdueRatio(request, intervalKm, intervalMonths, today);
		double urgency = Scoring.urgency(severity, overdue);
		Scoring.Weights weights = Scoring.weights(this.settings.weights(), urgency);

		Instant windowStart = from.atStartOfDay(zone).toInstant();
		Instant notBefore = windowStart.isBefore(now) ? now : windowStart;
		Instant windowEnd = to.plusDays(1).atStartOfDay(zone).toInstant();
		double windowHours = Duration.between(notBefore, windowEnd).toSeconds() / 3600.0;
		Map<UUID, ServiceRating> ratings = this.capacity
			.ratings(candidates.stream().map(c -> c.dealer().id()).toList());
		List<Scored> scored = new ArrayList<>();
		for (Candidate candidate : candidates) {
			WorkshopCapacity.Outlook outlook = this.capacity.outlook(candidate.dealer().id(), candidate.type(), from,
					to, notBefore);
			Double hours = outlook.earliest() == null ? null
					: Duration.between(notBefore, outlook.earliest().start()).toSeconds() / 3600.0;
			ServiceRating rating = ratings.get(candidate.dealer().id());
			double stars = rating == null ? this.settings.defaultRating() : rating.rating().doubleValue();
			List<Scoring.Factor> factors = Scoring.factors(weights, hours, windowHours, candidate.km(), maxKm,
					outlook.load(), stars);
			scored.add(new Scored(candidate, outlook, factors, Scoring.score(factors)));
		}
		scored.sort(Comparator.comparingDouble(Scored::score)
			.reversed()
			.thenComparingDouble(s -> s.candidate().km())
			.thenComparing(s -> s.candidate().dealer().code()));
		List<Recommendation.RankedDealer> ranked = new ArrayList<>();
		for (int i = 0; i < Math.min(scored.size(), this.settings.limit()); i++) {
			Scored s = scored.get(i);
			DealerSummary d = s.candidate().dealer();
			ServiceType type = s.candidate().type();
			ranked.add(new Recommendation.RankedDealer(i + 1, d.id(), d.code(), d.nameZh(), d.nameEn(), type.nameZh(),
					type.nameEn(), type.standardMinutes(), round(s.candidate().km(), 2), round(s.score(), 4),
					s.factors().stream().map(DealerRecommendations::rounded).toList(),
					s.outlook().earliest() == null ? null
							: s.outlook().earliest().start().atZone(zone).toOffsetDateTime(),
					s.outlook().earliest() == null ? null
							: s.outlook().earliest().end().atZone(zone).toOffsetDateTime()));
		}
		return new Recommendation(code, vin, model, position.latitude(), position.longitude(), from, to, maxKm,
				new Recommendation.Urgency(round(urgency, 4), severity, overdue == null ? null : round(overdue, 4),
						intervalKm, intervalMonths),
				new Scoring.Weights(round(weights.urgency(), 4), round(weights.distance(), 4), round(weights.load(), 4),
						round(weights.rating(), 4)),
				candidates.size(), ranked);
	}

	/**
	 * How far through its interval the car is: the larger of km and months since the last
	 * service over the interval; null when neither can be told.
	 */
	static @Nullable Double overdueRatio(RecommendationRequest request, @Nullable Integer intervalKm,
			@Nullable Integer intervalMonths, LocalDate today) {
		Double ratio = null;
		if (intervalKm != null && request.mileageKm() != null) {
			int since = request.mileageKm()
					- (request.lastServiceMileageKm() == null ? 0 : request.lastServiceMileageKm());
			ratio = (double) since / intervalKm;
		}
		if (intervalMonths != null && request.lastServiceDate() != null) {
			double months = ChronoUnit.DAYS.between(request.lastServiceDate(), today) / (365.2425 / 12);
			double byTime = months / intervalMonths;
			ratio = ratio == null ? byTime : Math.max(ratio, byTime);
		}
		return ratio;
	}

	private static @Nullable GeoPoint position(FieldErrors errors, RecommendationRequest.@Nullable Position position) {
		if (position == null || position.latitude() == null || position.longitude() == null) {
			errors.reject("position", "latitude and longitude of the owner are required");
			return null;
		}
		return errors.attempt("position", () -> new GeoPoint(position.latitude(), position.longitude()));
	}

	private static FaultSeverity severity(String value) {
		try {
			return FaultSeverity.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("must be one of NONE, LOW, MEDIUM, HIGH, CRITICAL");
		}
	}

	private static Scoring.Factor rounded(Scoring.Factor f) {
		return new Scoring.Factor(f.name(), round(f.raw(), 4), f.unit(), round(f.normalised(), 4), round(f.weight(), 4),
				round(f.contribution(), 4));
	}

	static double round(double value, int places) {
		return java.math.BigDecimal.valueOf(value).setScale(places, java.math.RoundingMode.HALF_UP).doubleValue();
	}

	private record Candidate(DealerSummary dealer, ServiceType type, double km) {
	}

	private record Scored(Candidate candidate, WorkshopCapacity.Outlook outlook, List<Scoring.Factor> factors,
			double score) {
	}

}
