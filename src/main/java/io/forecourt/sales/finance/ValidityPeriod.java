package io.forecourt.sales.finance;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The days a cost-table row is in force, both inclusive, in China's calendar (a purchase
 * date, not an instant).
 *
 * @param to the last day, or null while no end is announced
 */
public record ValidityPeriod(LocalDate from, @Nullable LocalDate to) {

	public ValidityPeriod {
		if (to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("must not end before it starts");
		}
	}

	public boolean covers(LocalDate day) {
		return !day.isBefore(this.from) && (this.to == null || !day.isAfter(this.to));
	}

	public boolean overlaps(ValidityPeriod other) {
		return (other.to == null || !this.from.isAfter(other.to)) && (this.to == null || !other.from.isAfter(this.to));
	}

	@Override
	public String toString() {
		return this.from + ".." + (this.to == null ? "" : this.to);
	}

}
