package io.forecourt.service.satisfaction.web;

import java.time.LocalDate;
import java.util.UUID;

import io.forecourt.service.satisfaction.NpsReports;
import io.forecourt.service.satisfaction.NpsReports.NpsReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The service NPS report for managers and headquarters. */
@RestController
@Tag(name = "Service satisfaction", description = "NPS of the satisfaction surveys")
class NpsApi {

	private final NpsReports reports;

	NpsApi(NpsReports reports) {
		this.reports = reports;
	}

	@GetMapping("/api/v1/service/satisfaction/nps")
	@Operation(summary = "NPS of cars delivered from..to (China time, both days included; the last 30 days by"
			+ " default) for a dealer or everything in your scope: promoters 9-10, passives 7-8, detractors 0-6,"
			+ " NPS = %P - %D, response rate = answers / surveys sent")
	NpsReport nps(@RequestParam(required = false) @Nullable UUID dealerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		return this.reports.nps(dealerId, from, to);
	}

}
