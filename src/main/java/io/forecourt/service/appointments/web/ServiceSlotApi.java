package io.forecourt.service.appointments.web;

import java.time.LocalDate;
import java.util.UUID;

import io.forecourt.service.appointments.DaySlots;
import io.forecourt.service.appointments.ServiceSlots;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The bookable slots of a dealer's day for a service type. */
@RestController
@Tag(name = "Service appointments")
class ServiceSlotApi {

	private final ServiceSlots slots;

	ServiceSlotApi(ServiceSlots slots) {
		this.slots = slots;
	}

	@GetMapping("/api/v1/service/dealers/{dealerId}/slots")
	@Operation(summary = "A dealer's offered starts for a service type on a day (Asia/Shanghai, ISO with offset),"
			+ " each as long as the service, with how many bays of its kind and technicians with its skill are"
			+ " free, and whether you can book it now")
	DaySlots day(@PathVariable UUID dealerId, @RequestParam(required = false) @Nullable String serviceType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
		return this.slots.day(dealerId, serviceType, date);
	}

}
