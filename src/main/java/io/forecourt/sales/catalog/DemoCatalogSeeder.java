package io.forecourt.sales.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import io.forecourt.sales.Powertrain;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo brand Huaxia's catalog on the first start of the embedded default: three
 * models with their trims, four paints, two interiors, packages and accessories with yuan
 * prices, and rules of every type. The other sales parts (stock, test drives, quotes,
 * orders) and their tests use these codes, so they must not change. Shows one price
 * change (E5-STD cut from 199,800 to 189,800 on 2026-09-01) and one limited-time price
 * (the winter package in the 2026/27 winter).
 */
@Component
@Order(300)
@ConditionalOnBooleanProperty("forecourt.demo.enabled")
class DemoCatalogSeeder implements ApplicationRunner {

	/** The day the demo's first price lists start. */
	static final LocalDate LAUNCH = LocalDate.of(2025, 1, 1);

	private static final Logger log = LoggerFactory.getLogger(DemoCatalogSeeder.class);

	private static final String SEEDER = "demo";

	private final CatalogItems items;

	private final CatalogPrices prices;

	private final CatalogRules rules;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoCatalogSeeder(CatalogItems items, CatalogPrices prices, CatalogRules rules,
			PlatformTransactionManager transactions, Clock clock) {
		this.items = items;
		this.prices = prices;
		this.rules = rules;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.items.exists("E5")) {
			return;
		}
		this.transaction.executeWithoutResult(status -> seed());
		log.info("Seeded the demo vehicle catalog");
	}

	private void seed() {
		model("E5", "华夏 E5", "Huaxia E5", Powertrain.BEV, "SUV", 10);
		trim("E5-STD", "E5", "标准续航版", "Standard Range", 11, "199800", "186800");
		trim("E5-LR", "E5", "长续航版", "Long Range", 12, "219800", "205500");
		trim("E5-PERF", "E5", "高性能版", "Performance", 13, "259800", "242900");
		model("S7", "华夏 S7", "Huaxia S7", Powertrain.ICE, "SEDAN", 20);
		trim("S7-COMFORT", "S7", "舒适版", "Comfort", 21, "169800", "158800");
		trim("S7-LUXURY", "S7", "豪华版", "Luxury", 22, "199800", "186800");
		model("M9", "华夏 M9", "Huaxia M9", Powertrain.PHEV, "MPV", 30);
		trim("M9-BUSINESS", "M9", "商务版", "Business", 31, "329800", "308400");
		trim("M9-FLAGSHIP", "M9", "旗舰版", "Flagship", 32, "389800", "364500");
		// the E5 Standard Range's price cut
		price("E5-STD", LocalDate.of(2026, 9, 1), null, "189800", "177500");

		option("PEARL-WHITE", ChoiceKind.EXTERIOR_COLOUR, "珍珠白", "Pearl White", "#F4F4EE", 1, "0", "0");
		option("OBSIDIAN-BLACK", ChoiceKind.EXTERIOR_COLOUR, "曜石黑", "Obsidian Black", "#1B1B1F", 2, "3000", "2600");
		option("AZURE-BLUE", ChoiceKind.EXTERIOR_COLOUR, "天青蓝", "Azure Blue", "#2E6DB4", 3, "3000", "2600");
		option("CINNABAR-RED", ChoiceKind.EXTERIOR_COLOUR, "朱砂红", "Cinnabar Red", "#A8252B", 4, "5000", "4300");
		option("INT-BLACK", ChoiceKind.INTERIOR_COLOUR, "黑色内饰", "Black interior", "#202020", 1, "0", "0");
		option("INT-BEIGE", ChoiceKind.INTERIOR_COLOUR, "米色内饰", "Beige interior", "#D8C8A8", 2, "2000", "1700");

		option("PKG-ADAS", ChoiceKind.PACKAGE, "智驾辅助包", "Driver Assistance Package", null, 1, "15000", "12800");
		option("PKG-WINTER", ChoiceKind.PACKAGE, "冬季包", "Winter Package", null, 2, "4800", "4000");
		option("PKG-LUXURY", ChoiceKind.PACKAGE, "豪华座舱包", "Luxury Cabin Package", null, 3, "12000", "10200");
		option("PKG-SOUND", ChoiceKind.PACKAGE, "高级音响包", "Premium Sound Package", null, 4, "8000", "6800");
		// the winter promotion lies over the list price and ends with the winter
		price("PKG-WINTER", LocalDate.of(2026, 11, 1), LocalDate.of(2027, 2, 28), "3800", "3200");

		option("ACC-WALLBOX", ChoiceKind.ACCESSORY, "家用充电桩", "Home Wallbox", null, 1, "3999", "3200");
		option("ACC-ROOF-RACK", ChoiceKind.ACCESSORY, "车顶行李架", "Roof Rack", null, 2, "2500", "1900");
		option("ACC-FLOOR-MATS", ChoiceKind.ACCESSORY, "全天候脚垫", "All-weather Floor Mats", null, 3, "600", "420");

		rule(RuleType.INCLUDES, "E5-PERF", "PKG-ADAS");
		rule(RuleType.INCLUDES, "M9-FLAGSHIP", "PKG-ADAS");
		rule(RuleType.INCLUDES, "M9-FLAGSHIP", "ACC-FLOOR-MATS");
		rule(RuleType.INCLUDES, "PKG-LUXURY", "PKG-SOUND");
		rule(RuleType.REQUIRES, "PKG-LUXURY", "INT-BEIGE");
		rule(RuleType.EXCLUDES, "CINNABAR-RED", "INT-BEIGE");
		rule(RuleType.EXCLUDES, "ACC-ROOF-RACK", "S7-COMFORT");
		rule(RuleType.ONLY_WITH_TRIM, "PKG-LUXURY", "E5-LR");
		rule(RuleType.ONLY_WITH_TRIM, "PKG-LUXURY", "E5-PERF");
		rule(RuleType.ONLY_WITH_TRIM, "PKG-LUXURY", "S7-LUXURY");
		rule(RuleType.ONLY_WITH_TRIM, "PKG-LUXURY", "M9-FLAGSHIP");
		rule(RuleType.ONLY_WITH_TRIM, "ACC-WALLBOX", "E5");
		rule(RuleType.ONLY_WITH_TRIM, "ACC-WALLBOX", "M9");
	}

	private void model(String code, String nameZh, String nameEn, Powertrain powertrain, String body, int order) {
		this.items.insert(new CatalogItem(code, ChoiceKind.MODEL, null, nameZh, nameEn, powertrain, body, null, true,
				order, 0, now()));
	}

	private void trim(String code, String model, String nameZh, String nameEn, int order, String msrp, String dealer) {
		this.items.insert(
				new CatalogItem(code, ChoiceKind.TRIM, model, nameZh, nameEn, null, null, null, true, order, 0, now()));
		price(code, LAUNCH, null, msrp, dealer);
	}

	private void option(String code, ChoiceKind kind, String nameZh, String nameEn, @Nullable String hex, int order,
			String msrp, String dealer) {
		this.items.insert(new CatalogItem(code, kind, null, nameZh, nameEn, null, null, hex, true, order, 0, now()));
		price(code, LAUNCH, null, msrp, dealer);
	}

	private void price(String code, LocalDate from, @Nullable LocalDate until, String msrp, String dealer) {
		this.prices.insert(new Price(0, code, from, until, new BigDecimal(msrp).setScale(2),
				new BigDecimal(dealer).setScale(2), now(), SEEDER));
	}

	private void rule(RuleType type, String subject, String object) {
		this.rules.insert(new CatalogRule(0, type, subject, object, now(), SEEDER));
	}

	private Instant now() {
		return this.clock.instant();
	}

}
