package io.forecourt.service.repairs.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import io.forecourt.kernel.security.RateLimits;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.service.repairs.RepairOrderDesk;
import io.forecourt.service.repairs.RepairOrderDetails;
import io.forecourt.service.repairs.RepairOrderReads;
import io.forecourt.service.workshop.ServiceDealers;
import io.forecourt.service.workshop.ServicePolicy;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Finds a repair order by its progress link for the owner's page and API: counted per
 * address before anything is read; a token that cannot be one of ours is answered 404
 * without a query.
 */
@Component
class RepairProgressLookup {

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{32}");

	private final RepairOrderReads reads;

	private final RepairOrderDesk desk;

	private final ServiceDealers dealers;

	private final ServicePolicy policy;

	private final RateLimits limits;

	private final int perMinute;

	RepairProgressLookup(RepairOrderReads reads, RepairOrderDesk desk, ServiceDealers dealers, ServicePolicy policy,
			RateLimits limits,
			@Value("${forecourt.service.repairs.progress-per-address-per-minute:120}") int perMinute) {
		this.reads = reads;
		this.desk = desk;
		this.dealers = dealers;
		this.policy = policy;
		this.limits = limits;
		this.perMinute = perMinute;
	}

	RepairProgress progress(String token, HttpServletRequest request) {
		check(token, request);
		RepairOrderDetails details = this.reads.progress(token);
		return RepairProgress.of(details, this.dealers.network().dealer(details.order().dealerId()).orElse(null),
				this.policy.zone());
	}

	/** One decision per line: approve or decline. */
	record Decision(@Nullable UUID lineId, @Nullable Boolean approve) {
	}

	RepairProgress decide(String token, @Nullable List<Decision> decisions, HttpServletRequest request) {
		check(token, request);
		Map<UUID, Boolean> byLine = new LinkedHashMap<>();
		if (decisions == null || decisions.isEmpty() || decisions.size() > 100) {
			throw ProblemException.validation("decisions", "give 1 to 100 decisions");
		}
		for (int i = 0; i < decisions.size(); i++) {
			Decision decision = decisions.get(i);
			if (decision == null || decision.lineId() == null || decision.approve() == null) {
				throw ProblemException.validation("decisions[" + i + "]", "needs lineId and approve (true or false)");
			}
			if (byLine.put(decision.lineId(), decision.approve()) != null) {
				throw ProblemException.validation("decisions[" + i + "]", "line " + decision.lineId() + " twice");
			}
		}
		this.desk.decide(token, byLine);
		return progress(token, request);
	}

	private void check(String token, HttpServletRequest request) {
		this.limits.consume("repair-progress:" + request.getRemoteAddr(), this.perMinute, "from this address");
		if (!TOKEN.matcher(token).matches()) {
			throw ProblemException.notFound("Repair progress", "link");
		}
	}

}
