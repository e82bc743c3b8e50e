package io.forecourt.sales.stock.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.vehicle.Vin;
import io.forecourt.network.DealerNetwork;
import io.forecourt.network.DealerSummary;
import io.forecourt.sales.stock.NewStockVehicle;
import io.forecourt.sales.stock.StockCalendar;
import io.forecourt.sales.stock.StockVehicleRegistry;
import io.forecourt.sales.stock.StockVehicleView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seeds demo stock on the first start of the embedded default, through the same
 * registration HQ logistics uses: Huaxia cars (WMI {@code LHX}, check digits computed) at
 * SH-001, SH-002, BJ-001 and GZ-001, some standing long enough to show every ageing band,
 * some on their way with an ETA (one of them late), one demo car. Order 340: after the
 * network (100) and the catalog (300), before orders (360), whose demo orders may take
 * these cars.
 */
@Component
@Order(340)
@ConditionalOnBooleanProperty("forecourt.demo.enabled")
class DemoStockSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoStockSeeder.class);

	/** Model, trim, VIN descriptor (positions 4–8) of each demo catalog trim. */
	private static final List<String[]> TRIMS = List.of(new String[] { "E5", "E5-STD", "E5B1E" },
			new String[] { "E5", "E5-LR", "E5B2E" }, new String[] { "E5", "E5-PERF", "E5B3E" },
			new String[] { "S7", "S7-COMFORT", "S7C1G" }, new String[] { "S7", "S7-LUXURY", "S7C2G" },
			new String[] { "M9", "M9-BUSINESS", "M9M1P" }, new String[] { "M9", "M9-FLAGSHIP", "M9M2P" });

	private static final List<String> EXTERIORS = List.of("PEARL-WHITE", "OBSIDIAN-BLACK", "AZURE-BLUE",
			"CINNABAR-RED");

	/**
	 * Per dealer: days each car has stood; negative: in transit, ETA that many days
	 * ahead.
	 */
	private static final Map<String, int[]> DEALERS = Map.of("SH-001",
			new int[] { 3, 9, 17, 26, 34, 45, 58, 66, 79, 88, 97, 124, -2, -6, -11 }, "BJ-001",
			new int[] { 1, 12, 22, 38, 51, 63, 92, 140, -1, -4, -9 }, "SH-002", new int[] { 7, 41, 71, 101, -5 },
			"GZ-001", new int[] { 15, 33, 95, -3 });

	private final StockVehicleRegistry registry;

	private final DealerNetwork network;

	private final StockCalendar calendar;

	private final JdbcClient jdbc;

	DemoStockSeeder(StockVehicleRegistry registry, DealerNetwork network, StockCalendar calendar, JdbcClient jdbc) {
		this.registry = registry;
		this.network = network;
		this.calendar = calendar;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("SELECT count(*) FROM stock_vehicles").query(Long.class).single() > 0) {
			return;
		}
		Map<String, UUID> dealers = this.network.activeDealers()
			.stream()
			.filter(d -> DEALERS.containsKey(d.code()))
			.collect(Collectors.toMap(DealerSummary::code, DealerSummary::id));
		if (dealers.size() < DEALERS.size()) {
			log.warn("Demo stock not seeded: demo dealers {} not all found", DEALERS.keySet());
			return;
		}
		List<NewStockVehicle> cars = cars(dealers);
		CurrentAccess.asSystem(() -> {
			List<StockVehicleView> registered = this.registry.registerBatch(cars);
			// SH-001's freshest E5 serves as its demo / test-drive car
			StockVehicleView first = registered.get(0);
			this.registry.useAsDemo(first.id(), first.version(), true);
			log.info("Seeded {} demo stock vehicles", registered.size());
		});
	}

	private List<NewStockVehicle> cars(Map<String, UUID> dealers) {
		Instant now = this.calendar.now();
		LocalDate today = this.calendar.today();
		List<NewStockVehicle> cars = new ArrayList<>();
		int serial = 100_000;
		for (String code : List.of("SH-001", "BJ-001", "SH-002", "GZ-001")) {
			int[] days = DEALERS.get(code);
			for (int i = 0; i < days.length; i++) {
				serial++;
				String[] trim = TRIMS.get((serial * 3) % TRIMS.size());
				String exterior = EXTERIORS.get(serial % EXTERIORS.size());
				// the catalog offers no beige interior with cinnabar red
				String interior = serial % 3 == 0 && !"CINNABAR-RED".equals(exterior) ? "INT-BEIGE" : "INT-BLACK";
				// model year: S (2025) for cars built before this year, T (2026) after
				char year = days[i] > 300 ? 'S' : 'T';
				Vin vin = Vin.withCheckDigit("LHX" + trim[2] + "0" + year + "H" + serial);
				boolean arrived = days[i] > 0;
				cars.add(new NewStockVehicle(vin.value(), dealers.get(code), trim[0], trim[1], exterior, interior,
						arrived ? null : today.plusDays(-days[i]),
						arrived ? now.minus(Duration.ofDays(days[i])) : null));
			}
		}
		// one car is late: its ETA has passed and it has not arrived
		NewStockVehicle late = cars.get(cars.size() - 1);
		cars.set(cars.size() - 1, new NewStockVehicle(late.vin(), late.dealerId(), late.modelCode(), late.trimCode(),
				late.exteriorColourCode(), late.interiorColourCode(), today.minusDays(2), null));
		return cars;
	}

}
