package io.forecourt.sales.testdrives.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.web.ETags;
import io.forecourt.sales.testdrives.Absence;
import io.forecourt.sales.testdrives.CarChange;
import io.forecourt.sales.testdrives.ConsultantAbsences;
import io.forecourt.sales.testdrives.Fleet;
import io.forecourt.sales.testdrives.NewAbsence;
import io.forecourt.sales.testdrives.NewCar;
import io.forecourt.sales.testdrives.SlotLengths;
import io.forecourt.sales.testdrives.TestDriveCar;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a dealer manager keeps for test drives: the fleet, consultants' absences and the
 * slot length.
 */
@RestController
@Tag(name = "Test-drive fleet", description = "Test-drive cars, consultants' absences and slot length per dealer")
class TestDriveFleetApi {

	private final Fleet fleet;

	private final ConsultantAbsences absences;

	private final SlotLengths lengths;

	TestDriveFleetApi(Fleet fleet, ConsultantAbsences absences, SlotLengths lengths) {
		this.fleet = fleet;
		this.absences = absences;
		this.lengths = lengths;
	}

	@PostMapping("/api/v1/test-drive-cars")
	@Operation(summary = "Add a car to a dealer's fleet (VIN with check digit, catalog model and trim codes)")
	ResponseEntity<TestDriveCar> register(@RequestBody NewCar body, UriComponentsBuilder uris) {
		TestDriveCar car = this.fleet.register(body);
		return ResponseEntity.created(uris.path("/api/v1/test-drive-cars/{id}").build(car.id()))
			.eTag(ETags.of(car.version()))
			.body(car);
	}

	@GetMapping("/api/v1/test-drive-cars")
	@Operation(summary = "A dealer's fleet by model, trim and VIN")
	List<TestDriveCar> cars(@RequestParam UUID dealerId, @RequestParam(defaultValue = "false") boolean withRetired) {
		return this.fleet.cars(dealerId, withRetired);
	}

	@GetMapping("/api/v1/test-drive-cars/{id}")
	ResponseEntity<TestDriveCar> car(@PathVariable UUID id) {
		TestDriveCar car = this.fleet.car(id);
		return ResponseEntity.ok().eTag(ETags.of(car.version())).body(car);
	}

	@PatchMapping("/api/v1/test-drive-cars/{id}")
	@Operation(summary = "Change a car's status (ACTIVE, MAINTENANCE, RETIRED) or plate; If-Match required")
	ResponseEntity<TestDriveCar> change(@PathVariable UUID id, @RequestBody CarChange body,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		TestDriveCar car = this.fleet.change(id, body, ETags.expectedVersion(ifMatch));
		return ResponseEntity.ok().eTag(ETags.of(car.version())).body(car);
	}

	@PostMapping("/api/v1/test-drive-absences")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a consultant's day(s) off or absence; they are not offered for test drives")
	Absence recordAbsence(@RequestBody NewAbsence body) {
		return this.absences.record(body);
	}

	@GetMapping("/api/v1/test-drive-absences")
	@Operation(summary = "A dealer's absences overlapping the days from..to")
	List<Absence> absences(@RequestParam UUID dealerId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.absences.of(dealerId, from, to);
	}

	@DeleteMapping("/api/v1/test-drive-absences/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteAbsence(@PathVariable UUID id) {
		this.absences.delete(id);
	}

	@GetMapping("/api/v1/test-drive-settings/{dealerId}")
	@Operation(summary = "A dealer's test-drive slot length (briefing included)")
	Settings settings(@PathVariable UUID dealerId) {
		return new Settings(this.lengths.slotMinutes(dealerId));
	}

	@PutMapping("/api/v1/test-drive-settings/{dealerId}")
	@Operation(summary = "Change a dealer's slot length: 15 to 240 minutes in steps of 15")
	Settings changeSettings(@PathVariable UUID dealerId, @RequestBody Settings body) {
		return new Settings(this.lengths.change(dealerId, body.slotMinutes()));
	}

	/** A dealer's test-drive settings. */
	record Settings(@Nullable Integer slotMinutes) {
	}

}
