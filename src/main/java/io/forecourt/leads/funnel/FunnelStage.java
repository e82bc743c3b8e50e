package io.forecourt.leads.funnel;

import java.util.Arrays;
import java.util.List;

import io.forecourt.leads.LeadStatus;
import org.jspecify.annotations.Nullable;

/**
 * The funnel's stages in order. A stage counts the leads that got <em>at least</em> that
 * far: a lead with an order but no recorded test drive counts as past the test drive too.
 * So every stage is a part of the one before, a conversion never exceeds 100%, and a
 * stage skipped in the showroom (an order taken online) does not make the funnel bulge.
 * Every stage after {@link #CAPTURED} counts valid leads only.
 */
public enum FunnelStage {

	/** Every lead kept, invalid and junk included: what the channels delivered. */
	CAPTURED(null),

	/** Not {@link LeadStatus#INVALID} or {@link LeadStatus#JUNK}. */
	VALID(null),

	/** The consultant reached the customer ({@code contacted_at}). */
	CONTACTED("contacted_at"),

	/** The customer came to the store ({@code visited_at}). */
	VISITED("visited_at"),

	/** The customer drove the car ({@code test_driven_at}). */
	TEST_DRIVEN("test_driven_at"),

	/** The customer ordered ({@code ordered_at}). */
	ORDERED("ordered_at"),

	/** The car was handed over ({@code delivered_at}). */
	DELIVERED("delivered_at");

	/** Statuses that are not valid leads, as an SQL list. */
	static final String NOT_VALID_SQL = "'" + LeadStatus.INVALID.name() + "','" + LeadStatus.JUNK.name() + "'";

	private final @Nullable String reachedColumn;

	FunnelStage(@Nullable String reachedColumn) {
		this.reachedColumn = reachedColumn;
	}

	/**
	 * The SQL condition on a lead row {@code l} that holds when the lead got at least
	 * this far. Column names come from here, never from input.
	 */
	String reachedSql() {
		if (this == CAPTURED) {
			return "1=1";
		}
		String valid = "l.status NOT IN (" + NOT_VALID_SQL + ")";
		if (this == VALID) {
			return valid;
		}
		List<String> reached = Arrays.stream(values())
			.filter(stage -> stage.ordinal() >= ordinal())
			.map(stage -> "l." + stage.reachedColumn + " IS NOT NULL")
			.toList();
		return valid + " AND (" + String.join(" OR ", reached) + ")";
	}

	/** The stage before this one, or {@code null} for {@link #CAPTURED}. */
	@Nullable FunnelStage previous() {
		return this == CAPTURED ? null : values()[ordinal() - 1];
	}

}
