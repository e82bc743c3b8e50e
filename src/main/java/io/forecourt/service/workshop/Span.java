package io.forecourt.service.workshop;

import java.time.Instant;
import java.util.List;

import io.forecourt.kernel.time.QuarterHours;

/** A span of time [start, end), e.g. a slot or a day's opening hours. */
public record Span(Instant start, Instant end) {

	public Span {
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("end " + end + " must be after start " + start);
		}
	}

	/** The quarter-hour units it covers. */
	public List<Long> units() {
		return QuarterHours.units(this.start, this.end);
	}

	public boolean contains(Span other) {
		return !other.start.isBefore(this.start) && !other.end.isAfter(this.end);
	}

}
