package io.forecourt.service.workshop.web;

import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.web.ETags;
import io.forecourt.service.workshop.ServiceRatings;
import io.forecourt.service.workshop.Workshop;
import io.forecourt.service.workshop.WorkshopRequests.BayChange;
import io.forecourt.service.workshop.WorkshopRequests.NewBay;
import io.forecourt.service.workshop.WorkshopRequests.NewServiceType;
import io.forecourt.service.workshop.WorkshopRequests.NewTechnician;
import io.forecourt.service.workshop.WorkshopRequests.Rating;
import io.forecourt.service.workshop.WorkshopRequests.ServiceTypeChange;
import io.forecourt.service.workshop.WorkshopRequests.TechnicianChange;
import io.forecourt.service.workshop.web.WorkshopViews.BayView;
import io.forecourt.service.workshop.web.WorkshopViews.RatingView;
import io.forecourt.service.workshop.web.WorkshopViews.ServiceTypeView;
import io.forecourt.service.workshop.web.WorkshopViews.TechnicianView;
import io.forecourt.service.workshop.web.WorkshopViews.WorkshopView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A dealer's workshop: bays, technicians, service types and rating. Everyone in the
 * service center reads it; dealer managers and HQ change it (HQ alone the rating).
 */
@RestController
@RequestMapping("/api/v1/service")
@Tag(name = "Service workshops", description = "Bays, technicians and their skills, service types, ratings")
class WorkshopApi {

	private final Workshop workshop;

	private final ServiceRatings ratings;

	WorkshopApi(Workshop workshop, ServiceRatings ratings) {
		this.workshop = workshop;
		this.ratings = ratings;
	}

	@GetMapping("/dealers/{dealerId}/workshop")
	@Operation(summary = "A dealer's bays, technicians, service types and rating (out-of-service ones with"
			+ " inactive=true)")
	WorkshopView workshop(@PathVariable UUID dealerId, @RequestParam(defaultValue = "false") boolean inactive) {
		return new WorkshopView(dealerId, this.workshop.bays(dealerId, inactive).stream().map(BayView::of).toList(),
				this.workshop.technicians(dealerId, inactive).stream().map(TechnicianView::of).toList(),
				this.workshop.serviceTypes(dealerId, inactive).stream().map(ServiceTypeView::of).toList(),
				this.ratings.rating(dealerId).map(RatingView::of).orElse(null));
	}

	@PostMapping("/dealers/{dealerId}/bays")
	@Operation(summary = "Add a bay: code, name, kind (GENERAL, TYRE, EV, WASH)")
	ResponseEntity<BayView> addBay(@PathVariable UUID dealerId, @RequestBody NewBay body, UriComponentsBuilder uris) {
		BayView view = BayView.of(this.workshop.addBay(dealerId, body));
		return ResponseEntity.created(uris.path("/api/v1/service/bays/{id}").build(view.id()))
			.eTag(ETags.of(view.version()))
			.body(view);
	}

	@PatchMapping("/bays/{id}")
	@Operation(summary = "Rename a bay, change its kind or take it out of service (If-Match); 409 while"
			+ " appointments to come need it")
	ResponseEntity<BayView> changeBay(@PathVariable UUID id, @RequestBody BayChange body,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		BayView view = BayView.of(this.workshop.changeBay(id, body, ETags.expectedVersion(ifMatch)));
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
	}

	@PostMapping("/dealers/{dealerId}/technicians")
	@Operation(summary = "Add a technician with skills (MAINTENANCE, MECHANICAL, ELECTRICAL, HIGH_VOLTAGE, TYRE,"
			+ " DIAGNOSTICS, INSPECTION, DETAILING), optionally linked to a staff member")
	ResponseEntity<TechnicianView> addTechnician(@PathVariable UUID dealerId, @RequestBody NewTechnician body,
			UriComponentsBuilder uris) {
		TechnicianView view = TechnicianView.of(this.workshop.addTechnician(dealerId, body));
		return ResponseEntity.created(uris.path("/api/v1/service/technicians/{id}").build(view.id()))
			.eTag(ETags.of(view.version()))
			.body(view);
	}

	@PatchMapping("/technicians/{id}")
	@Operation(summary = "Rename a technician, change their skills or take them out of service (If-Match)")
	ResponseEntity<TechnicianView> changeTechnician(@PathVariable UUID id, @RequestBody TechnicianChange body,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		TechnicianView view = TechnicianView
			.of(this.workshop.changeTechnician(id, body, ETags.expectedVersion(ifMatch)));
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
	}

	@PostMapping("/dealers/{dealerId}/service-types")
	@Operation(summary = "Offer a service type: code, category, names, standard minutes (15-600, steps of 15),"
			+ " required skill and bay kind, maintenance interval in km and/or months")
	ResponseEntity<ServiceTypeView> defineServiceType(@PathVariable UUID dealerId, @RequestBody NewServiceType body,
			UriComponentsBuilder uris) {
		ServiceTypeView view = ServiceTypeView.of(this.workshop.defineServiceType(dealerId, body));
		return ResponseEntity
			.created(uris.path("/api/v1/service/dealers/{dealerId}/service-types/{code}").build(dealerId, view.code()))
			.eTag(ETags.of(view.version()))
			.body(view);
	}

	@PostMapping("/dealers/{dealerId}/service-types/standard")
	@Operation(summary = "Offer the standard service types the dealer does not offer yet")
	List<ServiceTypeView> addStandard(@PathVariable UUID dealerId) {
		this.workshop.addStandardServiceTypes(dealerId);
		return this.workshop.serviceTypes(dealerId, true).stream().map(ServiceTypeView::of).toList();
	}

	@PatchMapping("/dealers/{dealerId}/service-types/{code}")
	@Operation(summary = "Change a service type or withdraw it (active=false) (If-Match)")
	ResponseEntity<ServiceTypeView> changeServiceType(@PathVariable UUID dealerId, @PathVariable String code,
			@RequestBody ServiceTypeChange body,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		ServiceTypeView view = ServiceTypeView.of(this.workshop.changeServiceType(dealerId,
				code.toUpperCase(java.util.Locale.ROOT), body, ETags.expectedVersion(ifMatch)));
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
	}

	@PutMapping("/dealers/{dealerId}/rating")
	@Operation(summary = "Set a dealer's service rating (1-5) and review count: HQ only")
	RatingView rate(@PathVariable UUID dealerId, @RequestBody Rating body) {
		return RatingView.of(this.ratings.rate(dealerId, body));
	}

}
