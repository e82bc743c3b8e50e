package io.forecourt.service.parts.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.network.DealerNetwork;
import io.forecourt.network.DealerSummary;
import io.forecourt.service.parts.PartCatalog;
import io.forecourt.service.parts.PartRequests.NewPart;
import io.forecourt.service.parts.PartRequests.NewReceipt;
import io.forecourt.service.parts.PartRequests.PartChange;
import io.forecourt.service.parts.PartRequests.ReceiptLine;
import io.forecourt.service.parts.PartRequests.StockSettings;
import io.forecourt.service.parts.PartsStock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seeds demo parts on the first start of the embedded default, through the same calls HQ
 * and the dealers use: a part master of routine service parts (the old oil filter
 * superseded by its successor), and stock at SH-001 and BJ-001 received on a delivery
 * note with reorder points, a few of them below it so the low-stock alert shows. Order
 * 530: after the network (100), with the service center's demo data.
 */
@Component
@Order(530)
@ConditionalOnBooleanProperty("forecourt.demo.enabled")
class DemoPartsSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPartsSeeder.class);

	private record DemoPart(String number, String nameZh, String nameEn, String unit, String price) {
	}

	private static final List<DemoPart> PARTS = List.of(
			new DemoPart("HX1012010-00", "机油滤清器（旧款）", "Oil filter (old)", "PIECE", "48.00"),
			new DemoPart("HX1012010-01", "机油滤清器", "Oil filter", "PIECE", "52.00"),
			new DemoPart("HX1109020-00", "空调滤清器", "Cabin air filter", "PIECE", "85.00"),
			new DemoPart("HX3501050-10", "前刹车片", "Front brake pads", "SET", "420.00"),
			new DemoPart("HX3502060-10", "后刹车片", "Rear brake pads", "SET", "360.00"),
			new DemoPart("HX3503010-00", "刹车油 DOT4", "Brake fluid DOT 4", "LITRE", "75.00"),
			new DemoPart("HX5205010-00", "雨刮片", "Wiper blades", "PAIR", "128.00"),
			new DemoPart("HX3703010-20", "12V 蓄电池", "12V battery", "PIECE", "690.00"),
			new DemoPart("HX3101020-00", "轮胎 235/50 R19", "Tyre 235/50 R19", "PIECE", "980.00"));

	/** Per dealer and part: on hand received, reorder point, reorder quantity, bin. */
	private static final Map<String, List<Object[]>> STOCK = Map.of("SH-001", List.of(
			new Object[] { "HX1012010-00", 3, 0, 0, "A-01-01" }, new Object[] { "HX1012010-01", 24, 10, 30, "A-01-02" },
			new Object[] { "HX1109020-00", 15, 6, 20, "A-01-03" }, new Object[] { "HX3501050-10", 8, 3, 6, "B-02-01" },
			new Object[] { "HX3502060-10", 6, 3, 6, "B-02-02" }, new Object[] { "HX3503010-00", 20, 8, 24, "C-01-01" },
			new Object[] { "HX5205010-00", 2, 4, 12, "A-03-01" }, new Object[] { "HX3703010-20", 1, 2, 4, "D-01-01" },
			new Object[] { "HX3101020-00", 16, 8, 16, "T-01" }), "BJ-001",
			List.of(new Object[] { "HX1012010-01", 30, 10, 30, "A-01" },
					new Object[] { "HX1109020-00", 4, 6, 20, "A-02" },
					new Object[] { "HX3501050-10", 10, 3, 6, "B-01" },
					new Object[] { "HX5205010-00", 12, 4, 12, "A-03" },
					new Object[] { "HX3703010-20", 5, 2, 4, "D-01" },
					new Object[] { "HX3101020-00", 3, 8, 16, "T-01" }));

	private final PartCatalog catalog;

	private final PartsStock stock;

	private final DealerNetwork network;

	private final JdbcClient jdbc;

	DemoPartsSeeder(PartCatalog catalog, PartsStock stock, DealerNetwork network, JdbcClient jdbc) {
		this.catalog = catalog;
		this.stock = stock;
		this.network = network;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("SELECT count(*) FROM service_parts").query(Long.class).single() > 0) {
			return;
		}
		Map<String, UUID> dealers = this.network.activeDealers()
			.stream()
			.filter(d -> STOCK.containsKey(d.code()))
			.collect(Collectors.toMap(DealerSummary::code, DealerSummary::id));
		if (dealers.size() < STOCK.size()) {
			log.warn("Demo parts not seeded: demo dealers {} not all found", STOCK.keySet());
			return;
		}
		CurrentAccess.asSystem(() -> {
			for (DemoPart part : PARTS) {
				this.catalog.create(new NewPart(part.number(), part.nameZh(), part.nameEn(), part.unit(),
						new BigDecimal(part.price()), null, null));
			}
			this.catalog.change("HX1012010-00", new PartChange(null, null, null, "HX1012010-01"), 0);
			for (var entry : STOCK.entrySet()) {
				UUID dealer = dealers.get(entry.getKey());
				List<ReceiptLine> lines = entry.getValue()
					.stream()
					.map(row -> new ReceiptLine((String) row[0], (Integer) row[1], (String) row[4]))
					.toList();
				// received first, then the reorder points: only the parts really short
				// are low
				this.stock.receive(dealer, new NewReceipt("DEMO-" + entry.getKey(), lines), null);
				for (Object[] row : entry.getValue()) {
					this.stock.configure(dealer, (String) row[0],
							new StockSettings((Integer) row[2], (Integer) row[3], null), 0L);
				}
			}
			log.info("Seeded {} demo parts with stock at {}", PARTS.size(), STOCK.keySet());
		});
	}

}
