package io.forecourt.service.satisfaction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.service.workshop.ServiceDealers;
import io.forecourt.service.workshop.ServicePolicy;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static io.forecourt.service.satisfaction.SurveyRecords.ts;

/**
 * The NPS of the surveys of cars delivered in a date range (China time), for one dealer
 * or everything the caller sees: managers and HQ.
 */
@Service
public class NpsReports {

	static final int MAX_DAYS = 366;

	private final JdbcClient jdbc;

	private final ServiceDealers dealers;

	private final ZoneId zone;

	private final Clock clock;

	NpsReports(JdbcClient jdbc, ServiceDealers dealers, ServicePolicy policy, Clock clock) {
		this.jdbc = jdbc;
		this.dealers = dealers;
		this.zone = policy.zone();
		this.clock = clock;
	}

	/** The report's query and figures. */
	public record NpsReport(@Nullable UUID dealerId, LocalDate from, LocalDate to, NpsFigures figures) {
	}

	/**
	 * @param from first delivery day, 30 days before {@code to} when not given
	 * @param to last delivery day, today when not given
	 * @throws io.forecourt.kernel.web.ProblemException validation (from after to, more
	 * than a year); not found for a dealer outside the scope
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SERVICE_MANAGE')")
	public NpsReport nps(@Nullable UUID dealerId, @Nullable LocalDate from, @Nullable LocalDate to) {
		LocalDate last = to != null ? to : LocalDate.now(this.clock.withZone(this.zone));
		LocalDate first = from != null ? from : last.minusDays(30);
		FieldErrors errors = new FieldErrors();
		if (first.isAfter(last)) {
			errors.reject("from", "must not be after to");
		}
		else if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
			errors.reject("to", "must be at most " + MAX_DAYS + " days after from");
		}
		errors.throwIfAny();
		if (dealerId != null) {
			this.dealers.visible(dealerId);
		}
		var scope = this.dealers.scope("dealer_id");
		Map<String, Object> params = new HashMap<>(scope.params());
		params.put("from", ts(first.atStartOfDay(this.zone).toInstant()));
		params.put("to", ts(last.plusDays(1).atStartOfDay(this.zone).toInstant()));
		String dealer = "";
		if (dealerId != null) {
			dealer = " AND dealer_id = :dealerId";
			params.put("dealerId", dealerId);
		}
		NpsFigures figures = this.jdbc
			.sql("SELECT count(CASE WHEN sent_at IS NOT NULL OR status = 'ANSWERED' THEN 1 END) AS invited,"
					+ " count(CASE WHEN score >= 9 THEN 1 END) AS promoters,"
					+ " count(CASE WHEN score BETWEEN 7 AND 8 THEN 1 END) AS passives,"
					+ " count(CASE WHEN score <= 6 THEN 1 END) AS detractors"
					+ " FROM service_satisfaction_surveys WHERE delivered_at >= :from AND delivered_at < :to AND "
					+ scope.sql() + dealer)
			.params(params)
			.query((rs, row) -> NpsFigures.of(rs.getLong("invited"), rs.getLong("promoters"), rs.getLong("passives"),
					rs.getLong("detractors")))
			.single();
		return new NpsReport(dealerId, first, last, figures);
	}

}
