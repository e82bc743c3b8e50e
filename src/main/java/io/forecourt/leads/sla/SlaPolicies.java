package io.forecourt.leads.sla;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import io.forecourt.kernel.cache.RefreshingCopy;
import io.forecourt.leads.LeadGrade;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How long a dealer has to make first contact with a lead of each grade, from
 * {@code lead_sla_policies} (HQ edits them as data).
 */
@Component
public class SlaPolicies {

	/** When a grade has no policy (O and F leads have no first-contact clock). */
	static final Duration FALLBACK = Duration.ofHours(24);

	private final JdbcClient jdbc;

	private final RefreshingCopy<Map<LeadGrade, Duration>> policies;

	SlaPolicies(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.policies = new RefreshingCopy<>(Duration.ofSeconds(5), this::load);
	}

	/**
	 * The first-contact window of a lead of this grade; 24 hours for an ungraded lead.
	 */
	public Duration firstContact(@Nullable LeadGrade grade) {
		return grade == null ? FALLBACK : this.policies.get().getOrDefault(grade, FALLBACK);
	}

	/** Takes a change of policies into account from the next assignment on. */
	public void forget() {
		this.policies.forget();
	}

	private Map<LeadGrade, Duration> load() {
		Map<LeadGrade, Duration> loaded = new EnumMap<>(LeadGrade.class);
		this.jdbc.sql("SELECT grade, first_contact_minutes FROM lead_sla_policies")
			.query((RowCallbackHandler) rs -> loaded.put(LeadGrade.valueOf(rs.getString(1)),
					Duration.ofMinutes(rs.getInt(2))));
		return loaded;
	}

}
