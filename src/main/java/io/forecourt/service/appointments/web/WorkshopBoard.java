package io.forecourt.service.appointments.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.forecourt.network.DealerSummary;
import io.forecourt.service.appointments.Appointment;
import io.forecourt.service.appointments.AppointmentReads;
import io.forecourt.service.workshop.Bay;
import io.forecourt.service.workshop.ServiceDealers;
import io.forecourt.service.workshop.ServiceGrid;
import io.forecourt.service.workshop.ServicePolicy;
import io.forecourt.service.workshop.ServiceType;
import io.forecourt.service.workshop.Span;
import io.forecourt.service.workshop.Technician;
import io.forecourt.service.workshop.Workshop;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * A dealer's workshop day as the console shows it: the bays down the side, the opening
 * hours across in steps, each cell the appointment in that bay then (or nothing), and the
 * day's appointments in order with their bay and technician by name.
 */
@Component
class WorkshopBoard {

	private final Workshop workshop;

	private final AppointmentReads reads;

	private final ServiceDealers dealers;

	private final ServicePolicy policy;

	WorkshopBoard(Workshop workshop, AppointmentReads reads, ServiceDealers dealers, ServicePolicy policy) {
		this.workshop = workshop;
		this.reads = reads;
		this.dealers = dealers;
		this.policy = policy;
	}

	Day day(DealerSummary dealer, LocalDate date) {
		ZoneId zone = this.policy.zone();
		List<Bay> bays = this.workshop.bays(dealer.id(), false);
		Map<UUID, Bay> allBays = this.workshop.bays(dealer.id(), true)
			.stream()
			.collect(Collectors.toMap(Bay::id, Function.identity()));
		Map<UUID, Technician> technicians = this.workshop.technicians(dealer.id(), true)
			.stream()
			.collect(Collectors.toMap(Technician::id, Function.identity()));
		Map<String, ServiceType> types = this.workshop.serviceTypes(dealer.id(), true)
			.stream()
			.collect(Collectors.toMap(ServiceType::code, Function.identity()));
		List<Appointment> appointments = this.reads.day(dealer.id(), date);
		List<Instant> columns = new ArrayList<>();
		ServiceGrid.open(date, this.dealers.hours(dealer.id()), zone).ifPresent(open -> {
			Duration step = this.policy.slotStep();
			for (Instant at = open.start(); at.isBefore(open.end()); at = at.plus(step)) {
				columns.add(at);
			}
		});
		List<Row> rows = new ArrayList<>();
		for (Bay bay : bays) {
			List<Cell> cells = new ArrayList<>();
			for (Instant column : columns) {
				Span span = new Span(column, column.plus(this.policy.slotStep()));
				Appointment here = appointments.stream()
					.filter(a -> a.bayId().equals(bay.id()) && a.holdsSlot())
					.filter(a -> a.startsAt().isBefore(span.end()) && span.start().isBefore(a.endsAt()))
					.findFirst()
					.orElse(null);
				cells.add(new Cell(column, span.end(), here));
			}
			rows.add(new Row(bay, cells));
		}
		return new Day(columns, rows, appointments, allBays, technicians, types);
	}

	record Day(List<Instant> columns, List<Row> rows, List<Appointment> appointments, Map<UUID, Bay> bays,
			Map<UUID, Technician> technicians, Map<String, ServiceType> types) {

		public String bayCode(UUID id) {
			Bay bay = this.bays.get(id);
			return bay == null ? "?" : bay.code();
		}

		public String technicianName(UUID id) {
			Technician technician = this.technicians.get(id);
			return technician == null ? "?" : technician.name();
		}

	}

	record Row(Bay bay, List<Cell> cells) {
	}

	/** One bay in one step: the appointment there, if any. */
	record Cell(Instant start, Instant end, @Nullable Appointment appointment) {

		/** Whether the appointment starts in this step (later steps of it show less). */
		public boolean starts() {
			return this.appointment != null && !this.appointment.startsAt().isBefore(this.start)
					&& this.appointment.startsAt().isBefore(this.end);
		}

	}

}
