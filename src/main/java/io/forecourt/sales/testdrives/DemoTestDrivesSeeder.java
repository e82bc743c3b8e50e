package io.forecourt.sales.testdrives;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.vehicle.Vin;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.network.DealerNetwork;
import io.forecourt.network.DealerSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seeds test-drive fleets at SH-001 and BJ-001 on the first start of the embedded default
 * (one car of each demo model, VINs of the demo WMI LHX with their check digits), and a
 * few drives booked at SH-001 today and tomorrow, through the same services people use,
 * so the calendar shows something. Runs after the network (100) and customers (200).
 */
@Component
@Order(330)
@ConditionalOnBooleanProperty("forecourt.demo.enabled")
class DemoTestDrivesSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoTestDrivesSeeder.class);

	/** Dealer, VIN without its check digit (position 9 is '0'), model, trim, plate. */
	private static final List<List<String>> CARS = List.of(
			List.of("SH-001", "LHXE5A2L0TS000101", "E5", "E5-LR", "沪AD10101"),
			List.of("SH-001", "LHXE5A2P0TS000102", "E5", "E5-PERF", "沪AD10102"),
			List.of("SH-001", "LHXS7B1C0TS000103", "S7", "S7-LUXURY", "沪A10103"),
			List.of("SH-001", "LHXM9C3B0TS000104", "M9", "M9-BUSINESS", "沪AD10104"),
			List.of("BJ-001", "LHXE5A2S0TS000201", "E5", "E5-STD", "京AD20201"),
			List.of("BJ-001", "LHXS7B1C0TS000202", "S7", "S7-COMFORT", "京A20202"),
			List.of("BJ-001", "LHXM9C3F0TS000203", "M9", "M9-FLAGSHIP", "京AD20203"));

	/** Model, phone and name of the demo bookings at SH-001. */
	private static final List<List<String>> DRIVES = List.of(List.of("E5", "13816880101", "周杰"),
			List.of("S7", "13816880102", "林琳"), List.of("M9", "13816880103", "高翔"), List.of("E5", "13816880104", "吴倩"));

	private final Fleet fleet;

	private final TestDriveBookings bookings;

	private final TestDriveSlots slots;

	private final DealerNetwork network;

	private final TestDrivePolicy policy;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoTestDrivesSeeder(Fleet fleet, TestDriveBookings bookings, TestDriveSlots slots, DealerNetwork network,
			TestDrivePolicy policy, JdbcClient jdbc, Clock clock) {
		this.fleet = fleet;
		this.bookings = bookings;
		this.slots = slots;
		this.network = network;
		this.policy = policy;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("SELECT count(*) FROM test_drive_cars").query(Long.class).single() > 0) {
			return;
		}
		CurrentAccess.asSystem(this::seed);
	}

	private void seed() {
		int cars = 0;
		for (List<String> car : CARS) {
			Optional<DealerSummary> dealer = dealer(car.get(0));
			if (dealer.isPresent()) {
				this.fleet.register(
						new NewCar(dealer.get().id(), withCheckDigit(car.get(1)), car.get(2), car.get(3), car.get(4)));
				cars++;
			}
		}
		int booked = dealer("SH-001").map(this::book).orElse(0);
		log.info("Seeded {} demo test-drive cars and {} demo test drives", cars, booked);
	}

	/** Spreads the demo drives over today's and tomorrow's free slots. */
	private int book(DealerSummary dealer) {
		LocalDate today = this.clock.instant().atZone(this.policy.zone()).toLocalDate();
		int booked = 0;
		for (int i = 0; i < DRIVES.size(); i++) {
			List<String> drive = DRIVES.get(i);
			LocalDate date = today.plusDays(i % 2);
			var free = this.slots.day(dealer.id(), drive.get(0), null, date)
				.slots()
				.stream()
				.filter(DaySlots.Slot::bookable)
				.toList();
			if (free.isEmpty()) {
				continue;
			}
			var slot = free.get(Math.min(free.size() - 1, 2 + i));
			try {
				this.bookings.book(new NewBooking(dealer.id(), drive.get(0), null, slot.start().toString(),
						drive.get(1), drive.get(2), null, null, null, "演示预约 / demo booking"), null);
				booked++;
			}
			catch (ProblemException ex) {
				log.info("Demo test drive {} not booked: {}", drive, ex.getMessage());
			}
		}
		return booked;
	}

	private Optional<DealerSummary> dealer(String code) {
		return this.network.activeDealers().stream().filter(d -> d.code().equals(code)).findFirst();
	}

	private static String withCheckDigit(String vin) {
		for (char digit : "0123456789X".toCharArray()) {
			String candidate = vin.substring(0, 8) + digit + vin.substring(9);
			if (Vin.parseLenient(candidate).hasValidCheckDigit()) {
				return candidate;
			}
		}
		throw new IllegalStateException("no check digit fits " + vin);
	}

}
