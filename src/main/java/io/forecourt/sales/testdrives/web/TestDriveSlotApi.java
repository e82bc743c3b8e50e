package io.forecourt.sales.testdrives.web;

import java.time.LocalDate;
import java.util.UUID;

import io.forecourt.sales.testdrives.DaySlots;
import io.forecourt.sales.testdrives.TestDriveSlots;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The bookable test-drive slots of a dealer's day. */
@RestController
@RequestMapping("/api/v1/test-drive-slots")
@Tag(name = "Test drives")
class TestDriveSlotApi {

	private final TestDriveSlots slots;

	TestDriveSlotApi(TestDriveSlots slots) {
		this.slots = slots;
	}

	@GetMapping
	@Operation(summary = "A dealer's slots on a day (Asia/Shanghai, ISO with offset), each with how many cars of"
			+ " the model and how many consultants are free, and whether you can book it now")
	DaySlots day(@RequestParam(required = false) @Nullable UUID dealerId,
			@RequestParam(required = false) @Nullable String modelCode,
			@RequestParam(required = false) @Nullable String trimCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
		return this.slots.day(dealerId, modelCode, trimCode, date);
	}

}
