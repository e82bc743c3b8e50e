package io.forecourt.sales.orders.web;

import java.util.regex.Pattern;

import io.forecourt.kernel.security.RateLimits;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.sales.orders.OrderProgress;
import io.forecourt.sales.orders.OrderReads;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Finds an order by its progress link for the public page and API: counted per address
 * before anything is read, and a token that cannot be one of ours is answered 404 without
 * a query.
 */
@Component
class ProgressLookup {

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{32}");

	private final OrderReads reads;

	private final RateLimits limits;

	private final int perMinute;

	ProgressLookup(OrderReads reads, RateLimits limits,
			@Value("${forecourt.sales.orders.progress-per-address-per-minute:60}") int perMinute) {
		this.reads = reads;
		this.limits = limits;
		this.perMinute = perMinute;
	}

	OrderProgress progress(String token, HttpServletRequest request) {
		this.limits.consume("order-progress:" + request.getRemoteAddr(), this.perMinute, "from this address");
		if (!TOKEN.matcher(token).matches()) {
			throw ProblemException.notFound("Order progress", "link");
		}
		return this.reads.progress(token);
	}

}
