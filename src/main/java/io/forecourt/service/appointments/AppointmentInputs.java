package io.forecourt.service.appointments;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * Reading what people send about appointments (times with an offset, optional texts,
 * odometer readings) and naming who acts.
 */
final class AppointmentInputs {

	static final String APP = "APP";

	static final String STAFF = "STAFF";

	private AppointmentInputs() {
	}

	static Instant parseStart(@Nullable String start) {
		if (start == null || start.isBlank()) {
			throw new IllegalArgumentException("is required");
		}
		try {
			return OffsetDateTime.parse(start.strip()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("must be ISO 8601 with an offset, like 2026-11-25T10:00:00+08:00");
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

	static @Nullable Integer mileage(FieldErrors errors, @Nullable Integer km) {
		if (km != null && (km < 0 || km > 2_000_000)) {
			errors.reject("mileageKm", "must be 0 to 2000000");
			return null;
		}
		return km;
	}

	static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	static String actor() {
		return CurrentAccess.principal().map(ForecourtPrincipal::name).orElse(ForecourtPrincipal.SYSTEM.name());
	}

	/** Whether a person (not an integration such as the brand app) acts. */
	static boolean isStaff() {
		return CurrentAccess.principal().map(p -> p.kind() == ForecourtPrincipal.Kind.USER).orElse(false);
	}

	static String channel() {
		return isStaff() ? STAFF : APP;
	}

}
