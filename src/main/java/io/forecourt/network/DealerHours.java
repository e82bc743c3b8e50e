package io.forecourt.network;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * When a dealer is open, day by day, in the dealer's local time; a day without hours is
 * closed. What other modules derive bookable slots from (test drives, workshop
 * appointments).
 */
public record DealerHours(Map<DayOfWeek, Hours> days) {

	public DealerHours {
		days = Collections.unmodifiableMap(days.isEmpty() ? new EnumMap<>(DayOfWeek.class) : new EnumMap<>(days));
	}

	/** The hours of that day of the week, empty when the dealer is closed. */
	public Optional<Hours> on(DayOfWeek day) {
		return Optional.ofNullable(this.days.get(day));
	}

	/** Opening and closing time of one day; closing is after opening. */
	public record Hours(LocalTime opens, LocalTime closes) {

		public Hours {
			if (!closes.isAfter(opens)) {
				throw new IllegalArgumentException("closing time " + closes + " must be after opening time " + opens);
			}
		}

	}

}
