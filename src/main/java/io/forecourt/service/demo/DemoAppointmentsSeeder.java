package io.forecourt.service.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.vehicle.Vin;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.network.DealerNetwork;
import io.forecourt.network.DealerSummary;
import io.forecourt.service.appointments.AppointmentBooking;
import io.forecourt.service.appointments.AppointmentRequests.NewAppointment;
import io.forecourt.service.appointments.DaySlots;
import io.forecourt.service.appointments.ServiceSlots;
import io.forecourt.service.workshop.ServicePolicy;
import io.forecourt.service.workshop.StandardServiceTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seeds a few appointments at SH-001 over the next days on the first start of the
 * embedded default, through the booking people use, so the service advisor's calendar
 * shows something (sign in as {@code sh001.service}). Runs after the demo workshops.
 */
@Component
@Order(510)
@ConditionalOnBooleanProperty("forecourt.demo.enabled")
class DemoAppointmentsSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAppointmentsSeeder.class);

	/** Service type, phone, name, VIN without its check digit, plate, mileage. */
	private static final List<List<String>> APPOINTMENTS = List.of(
			List.of(StandardServiceTypes.MINOR_SERVICE, "13816880201", "许晴", "LHXE5A2L0TS000301", "沪AD30301", "9800"),
			List.of(StandardServiceTypes.TYRE_CHANGE, "13816880202", "马骏", "LHXS7B1C0TS000302", "沪A30302", "31500"),
			List.of(StandardServiceTypes.BATTERY_CHECK, "13816880203", "林悦", "LHXE5A2P0TS000303", "沪AD30303", "20400"),
			List.of(StandardServiceTypes.GENERAL_REPAIR, "13816880204", "何东", "LHXM9C3B0TS000304", "沪AD30304", "45100"),
			List.of(StandardServiceTypes.MAJOR_SERVICE, "13816880205", "宋佳", "LHXS7B1C0TS000305", "沪A30305", "40200"));

	private final AppointmentBooking booking;

	private final ServiceSlots slots;

	private final DealerNetwork network;

	private final ServicePolicy policy;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoAppointmentsSeeder(AppointmentBooking booking, ServiceSlots slots, DealerNetwork network, ServicePolicy policy,
			JdbcClient jdbc, Clock clock) {
		this.booking = booking;
		this.slots = slots;
		this.network = network;
		this.policy = policy;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("SELECT count(*) FROM service_appointments").query(Long.class).single() > 0) {
			return;
		}
		Optional<DealerSummary> dealer = this.network.activeDealers()
			.stream()
			.filter(d -> d.code().equals("SH-001"))
			.findFirst();
		if (dealer.isEmpty() || this.jdbc.sql("SELECT count(*) FROM service_types WHERE dealer_id = ?")
			.param(dealer.get().id())
			.query(Long.class)
			.single() == 0) {
			return;
		}
		int booked = CurrentAccess.asSystem(() -> book(dealer.get()));
		log.info("Seeded {} demo workshop appointments at SH-001", booked);
	}

	/**
	 * Spreads the demo appointments over today's (if any left), tomorrow's and the next
	 * day's slots.
	 */
	private int book(DealerSummary dealer) {
		LocalDate today = this.clock.instant().atZone(this.policy.zone()).toLocalDate();
		int booked = 0;
		for (int i = 0; i < APPOINTMENTS.size(); i++) {
			List<String> demo = APPOINTMENTS.get(i);
			for (int day = i % 2; day < 3; day++) {
				List<DaySlots.Slot> free = this.slots.day(dealer.id(), demo.get(0), today.plusDays(day))
					.slots()
					.stream()
					.filter(DaySlots.Slot::bookable)
					.toList();
				if (free.isEmpty()) {
					continue;
				}
				DaySlots.Slot slot = free.get(Math.min(free.size() - 1, i * 2));
				try {
					this.booking.book(new NewAppointment(dealer.id(), demo.get(0), slot.start().toString(), demo.get(1),
							demo.get(2), Vin.withCheckDigit(demo.get(3)).value(), demo.get(4),
							Integer.valueOf(demo.get(5)), "演示预约 / demo appointment", null, null), null);
					booked++;
				}
				catch (ProblemException ex) {
					log.info("Demo appointment {} not booked: {}", demo, ex.getMessage());
				}
				break;
			}
		}
		return booked;
	}

}
