package io.forecourt.service.workshop;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A dealer's active bays and technicians with what is held of them in a window: which are
 * free for a service in a span, and how loaded the workshop is. A snapshot: the holds'
 * primary key, not this, is what finally stops an overbooking.
 *
 * @param bayHolds by bay, the holder of each held unit
 * @param technicianHolds by technician, the holder of each held unit
 */
public record WorkshopDay(List<Bay> bays, List<Technician> technicians, Map<UUID, Map<Long, UUID>> bayHolds,
		Map<UUID, Map<Long, UUID>> technicianHolds) {

	/**
	 * The bays of the service's kind free for the whole span, least held first.
	 * @param self a holder whose own holds count as free (when it moves), or null
	 */
	public List<Bay> freeBays(ServiceType type, Span span, @Nullable UUID self) {
		List<Long> units = span.units();
		return this.bays.stream()
			.filter(type::fits)
			.filter(bay -> free(this.bayHolds.get(bay.id()), units, self))
			.sorted(Comparator.comparingInt((Bay bay) -> held(this.bayHolds, bay.id())).thenComparing(Bay::code))
			.toList();
	}

	/**
	 * The technicians with the service's skill free for the whole span, least held first.
	 * @param self a holder whose own holds count as free (when it moves), or null
	 */
	public List<Technician> freeTechnicians(ServiceType type, Span span, @Nullable UUID self) {
		List<Long> units = span.units();
		return this.technicians.stream()
			.filter(type::fits)
			.filter(t -> free(this.technicianHolds.get(t.id()), units, self))
			.sorted(Comparator.comparingInt((Technician t) -> held(this.technicianHolds, t.id()))
				.thenComparing(Technician::name)
				.thenComparing(Technician::id))
			.toList();
	}

	/**
	 * The booked share of the workshop's capacity over these open spans, 0 to 1: the
	 * busier of its bays and its technicians (held units over units available). A
	 * workshop without bays or technicians is full.
	 */
	public double load(List<Span> open) {
		List<Long> units = open.stream().flatMap(span -> span.units().stream()).toList();
		if (units.isEmpty() || this.bays.isEmpty() || this.technicians.isEmpty()) {
			return 1.0;
		}
		double bays = share(this.bayHolds, this.bays.stream().map(Bay::id).toList(), units);
		double technicians = share(this.technicianHolds, this.technicians.stream().map(Technician::id).toList(), units);
		return Math.max(bays, technicians);
	}

	private static double share(Map<UUID, Map<Long, UUID>> holds, List<UUID> resources, List<Long> units) {
		long held = 0;
		for (UUID resource : resources) {
			Map<Long, UUID> of = holds.get(resource);
			if (of != null) {
				held += units.stream().filter(of::containsKey).count();
			}
		}
		return (double) held / ((double) resources.size() * units.size());
	}

	private static boolean free(@Nullable Map<Long, UUID> held, List<Long> units, @Nullable UUID self) {
		return held == null || units.stream().allMatch(unit -> {
			UUID holder = held.get(unit);
			return holder == null || holder.equals(self);
		});
	}

	private static int held(Map<UUID, Map<Long, UUID>> holds, UUID id) {
		Map<Long, UUID> held = holds.get(id);
		return held == null ? 0 : held.size();
	}

}
