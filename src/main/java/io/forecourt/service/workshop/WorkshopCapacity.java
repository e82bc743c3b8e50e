package io.forecourt.service.workshop;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.time.QuarterHours;
import io.forecourt.network.DealerHours;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a workshop can take: its active bays, technicians and service types, what is held
 * of them, the slots a service fits in, and how loaded it is in a window. System
 * questions with no scope: callers (appointments, the recommendation, later repair
 * orders) check the dealer and the permission first.
 */
@Component
@Transactional(readOnly = true)
public class WorkshopCapacity {

	private final WorkshopRecords records;

	private final WorkshopHolds holds;

	private final ServiceDealers dealers;

	private final ServicePolicy policy;

	WorkshopCapacity(WorkshopRecords records, WorkshopHolds holds, ServiceDealers dealers, ServicePolicy policy) {
		this.records = records;
		this.holds = holds;
		this.dealers = dealers;
		this.policy = policy;
	}

	/** The dealer's active service type of this code. */
	public Optional<ServiceType> serviceType(UUID dealerId, String code) {
		return this.records.serviceType(dealerId, code).filter(ServiceType::active);
	}

	/** The dealers offering an active service type of this code, with it. */
	public Map<UUID, ServiceType> offering(String code) {
		return this.records.offering(code);
	}

	public Map<UUID, ServiceRating> ratings(Collection<UUID> dealerIds) {
		return this.records.ratings(dealerIds);
	}

	public Optional<Bay> bay(UUID id) {
		return this.records.bay(id);
	}

	public Optional<Technician> technician(UUID id) {
		return this.records.technician(id);
	}

	/**
	 * The dealer's active bays and technicians with what is held of them in [from, to).
	 */
	public WorkshopDay load(UUID dealerId, Instant from, Instant to) {
		List<Bay> bays = this.records.bays(dealerId, false);
		List<Technician> technicians = this.records.technicians(dealerId, false);
		long fromUnit = QuarterHours.unitOf(from);
		long toUnit = QuarterHours.unitOf(to.minusNanos(1)) + 1;
		return new WorkshopDay(bays, technicians,
				this.holds.held(WorkshopHolds.Resource.BAY, bays.stream().map(Bay::id).toList(), fromUnit, toUnit),
				this.holds.held(WorkshopHolds.Resource.TECHNICIAN, technicians.stream().map(Technician::id).toList(),
						fromUnit, toUnit));
	}

	/** The dealer's workshop over one local day. */
	public WorkshopDay day(UUID dealerId, LocalDate date) {
		ZoneId zone = this.policy.zone();
		return load(dealerId, date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant());
	}

	/**
	 * The offered starts of a service on a day, with how many bays and technicians are
	 * free for each.
	 */
	public List<SlotCapacity> slots(UUID dealerId, ServiceType type, LocalDate date) {
		DealerHours hours = this.dealers.hours(dealerId);
		WorkshopDay day = day(dealerId, date);
		return ServiceGrid.starts(date, hours, this.policy.zone(), this.policy.slotStep(), type.duration())
			.stream()
			.map(span -> new SlotCapacity(span, day.freeBays(type, span, null).size(),
					day.freeTechnicians(type, span, null).size()))
			.toList();
	}

	/**
	 * How the workshop looks for a service over the days {@code from} to {@code to}
	 * (inclusive), counting from {@code notBefore}: its earliest offered start with a bay
	 * and a technician free, and its load (the booked share of its open hours left).
	 */
	public Outlook outlook(UUID dealerId, ServiceType type, LocalDate from, LocalDate to, Instant notBefore) {
		ZoneId zone = this.policy.zone();
		DealerHours hours = this.dealers.hours(dealerId);
		WorkshopDay window = load(dealerId, from.atStartOfDay(zone).toInstant(),
				to.plusDays(1).atStartOfDay(zone).toInstant());
		List<Span> open = new ArrayList<>();
		Span earliest = null;
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			ServiceGrid.open(date, hours, zone).flatMap(span -> after(span, notBefore)).ifPresent(open::add);
			if (earliest == null) {
				earliest = ServiceGrid.starts(date, hours, zone, this.policy.slotStep(), type.duration())
					.stream()
					.filter(span -> !span.start().isBefore(notBefore))
					.filter(span -> !window.freeBays(type, span, null).isEmpty()
							&& !window.freeTechnicians(type, span, null).isEmpty())
					.findFirst()
					.orElse(null);
			}
		}
		return new Outlook(earliest, window.load(open), open.stream().mapToInt(s -> s.units().size()).sum());
	}

	private static Optional<Span> after(Span span, Instant notBefore) {
		if (!span.end().isAfter(notBefore)) {
			return Optional.empty();
		}
		if (!span.start().isBefore(notBefore)) {
			return Optional.of(span);
		}
		Instant start = QuarterHours.startOf(QuarterHours.unitOf(notBefore.minusNanos(1)) + 1);
		return start.isBefore(span.end()) ? Optional.of(new Span(start, span.end())) : Optional.empty();
	}

	/** An offered start and how many bays and technicians are free for it. */
	public record SlotCapacity(Span span, int freeBays, int freeTechnicians) {

		public boolean free() {
			return this.freeBays > 0 && this.freeTechnicians > 0;
		}

	}

	/**
	 * A workshop over a window: its earliest free start for the service (null when none),
	 * its load (0 to 1) and how many open quarter hours the window has.
	 */
	public record Outlook(@Nullable Span earliest, double load, int openUnits) {
	}

}
