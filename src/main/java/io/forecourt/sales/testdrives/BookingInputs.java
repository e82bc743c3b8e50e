package io.forecourt.sales.testdrives;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * Reading what people send to the test-drive services (times with an offset, optional
 * texts) and naming who acts, the same way for bookings, visits, the fleet and absences.
 */
final class BookingInputs {

	private BookingInputs() {
	}

	static Instant parseStart(@Nullable String start) {
		if (start == null || start.isBlank()) {
			throw new IllegalArgumentException("is required");
		}
		try {
			return OffsetDateTime.parse(start.strip()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("must be ISO 8601 with an offset, like 2026-11-23T10:00:00+08:00");
		}
	}

	static @Nullable String text(FieldErrors errors, String field, @Nullable String value, int max) {
		if (blank(value)) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			errors.reject(field, "must be at most " + max + " characters");
			return null;
		}
		return text;
	}

	static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	static String actor() {
		return CurrentAccess.principal().map(ForecourtPrincipal::name).orElse(ForecourtPrincipal.SYSTEM.name());
	}

}
