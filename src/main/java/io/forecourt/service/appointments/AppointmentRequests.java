package io.forecourt.service.appointments;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What the brand app and service advisors send about appointments. */
public final class AppointmentRequests {

	private AppointmentRequests() {
	}

	/**
	 * An appointment as the brand app or a service advisor asks for it.
	 *
	 * @param serviceType the code of a service type the dealer offers, e.g.
	 * {@code MAINT-MINOR}
	 * @param start ISO 8601 with offset, on a quarter hour, e.g.
	 * {@code 2026-11-25T10:00+08:00}
	 * @param phone the owner's phone: One ID finds (or creates) the owner by it
	 * @param vin the vehicle's VIN (with its check digit); VIN or plate is required
	 * @param plate the vehicle's licence plate, e.g. {@code 沪AD12345}
	 * @param mileageKm the odometer reading the owner gives
	 * @param bayId a particular bay; the least booked free one of the right kind when
	 * absent
	 * @param technicianId a particular technician; the least booked free one with the
	 * skill when absent
	 */
	public record NewAppointment(@Nullable UUID dealerId, @Nullable String serviceType, @Nullable String start,
			@Nullable String phone, @Nullable String name, @Nullable String vin, @Nullable String plate,
			@Nullable Integer mileageKm, @Nullable String note, @Nullable UUID bayId, @Nullable UUID technicianId) {
	}

	/**
	 * Moves a booked appointment to another start at the same dealer. Bay and technician
	 * stay when they are free then; otherwise others that fit take over.
	 */
	public record Reschedule(@Nullable String start, @Nullable UUID bayId, @Nullable UUID technicianId) {
	}

	/** Why an appointment is cancelled (optional). */
	public record Cancellation(@Nullable String reason) {
	}

	/** The odometer reading taken at reception (optional). */
	public record CheckIn(@Nullable Integer mileageKm) {
	}

}
