package io.forecourt.service.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.network.DealerNetwork;
import io.forecourt.network.DealerSummary;
import io.forecourt.service.workshop.ServiceRatings;
import io.forecourt.service.workshop.Workshop;
import io.forecourt.service.workshop.WorkshopRequests.NewBay;
import io.forecourt.service.workshop.WorkshopRequests.NewTechnician;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seeds workshops on the first start of the embedded default: SH-001 and BJ-001 in full
 * (general lifts, a tyre station, an EV bay, a wash bay, five technicians), SH-002 and
 * BJ-002 smaller, so the recommendation has workshops to weigh in both cities; each with
 * the standard service types and a service rating. Runs after the network (100).
 */
@Component
@Order(500)
@ConditionalOnBooleanProperty("forecourt.demo.enabled")
class DemoWorkshopSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoWorkshopSeeder.class);

	/** Dealer, its bays (code:kind), its technicians (name:skills), rating, reviews. */
	private static final List<DemoWorkshop> WORKSHOPS = List.of(
			new DemoWorkshop("SH-001",
					List.of("G1:GENERAL", "G2:GENERAL", "G3:GENERAL", "G4:GENERAL", "T1:TYRE", "EV1:EV", "W1:WASH"),
					List.of("周师傅:MAINTENANCE,MECHANICAL,DIAGNOSTICS", "吴师傅:MAINTENANCE,TYRE",
							"郑师傅:HIGH_VOLTAGE,ELECTRICAL,DIAGNOSTICS", "孙师傅:MAINTENANCE,MECHANICAL,INSPECTION",
							"钱师傅:TYRE,DETAILING,MAINTENANCE"),
					"4.70", 128),
			new DemoWorkshop("SH-002", List.of("G1:GENERAL", "G2:GENERAL", "T1:TYRE", "EV1:EV"),
					List.of("冯师傅:MAINTENANCE,MECHANICAL,TYRE", "陈师傅:HIGH_VOLTAGE,ELECTRICAL,INSPECTION"), "4.30", 64),
			new DemoWorkshop("BJ-001", List.of("G1:GENERAL", "G2:GENERAL", "G3:GENERAL", "T1:TYRE", "EV1:EV"),
					List.of("赵师傅:MAINTENANCE,MECHANICAL", "韩师傅:MAINTENANCE,TYRE,INSPECTION",
							"杨师傅:HIGH_VOLTAGE,ELECTRICAL,DIAGNOSTICS", "朱师傅:MAINTENANCE,MECHANICAL,DIAGNOSTICS"),
					"4.50", 96),
			new DemoWorkshop("BJ-002", List.of("G1:GENERAL", "G2:GENERAL", "EV1:EV"),
					List.of("秦师傅:MAINTENANCE,MECHANICAL,TYRE", "许师傅:HIGH_VOLTAGE,ELECTRICAL,INSPECTION"), "4.10", 37));

	private final Workshop workshop;

	private final ServiceRatings ratings;

	private final DealerNetwork network;

	private final JdbcClient jdbc;

	DemoWorkshopSeeder(Workshop workshop, ServiceRatings ratings, DealerNetwork network, JdbcClient jdbc) {
		this.workshop = workshop;
		this.ratings = ratings;
		this.network = network;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("SELECT count(*) FROM service_bays").query(Long.class).single() > 0) {
			return;
		}
		CurrentAccess.asSystem(this::seed);
	}

	private void seed() {
		int seeded = 0;
		for (DemoWorkshop demo : WORKSHOPS) {
			Optional<DealerSummary> dealer = dealer(demo.dealerCode());
			if (dealer.isEmpty()) {
				continue;
			}
			var id = dealer.get().id();
			for (String bay : demo.bays()) {
				String[] parts = bay.split(":");
				String name = switch (parts[1]) {
					case "TYRE" -> "轮胎工位 Tyre " + parts[0];
					case "EV" -> "新能源工位 EV " + parts[0];
					case "WASH" -> "洗车工位 Wash " + parts[0];
					default -> "举升工位 Lift " + parts[0];
				};
				this.workshop.addBay(id, new NewBay(parts[0], name, parts[1]));
			}
			for (String technician : demo.technicians()) {
				String[] parts = technician.split(":");
				this.workshop.addTechnician(id, new NewTechnician(parts[0], null, List.of(parts[1].split(","))));
			}
			this.workshop.addStandardServiceTypes(id);
			this.ratings.recordRating(id, new BigDecimal(demo.rating()), demo.reviews());
			seeded++;
		}
		log.info("Seeded {} demo workshops", seeded);
	}

	private Optional<DealerSummary> dealer(String code) {
		return this.network.activeDealers().stream().filter(d -> d.code().equals(code)).findFirst();
	}

	private record DemoWorkshop(String dealerCode, List<String> bays, List<String> technicians, String rating,
			int reviews) {
	}

}
