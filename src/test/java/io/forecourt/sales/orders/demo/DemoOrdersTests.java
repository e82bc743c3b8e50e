package io.forecourt.sales.orders.demo;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default starts with orders at SH-001 in the pipeline's stages, made
 * through the real catalog, payment provider and stock.
 */
@SpringBootTest
@ActiveProfiles("test")
class DemoOrdersTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void sh001HasDemoOrdersInSeveralStatesFromPricedConfigurationsAndItsOwnStock() {
		List<String> statuses = this.jdbc.sql("""
				SELECT o.status FROM sales_orders o JOIN dealers d ON d.id = o.dealer_id
				WHERE d.code = 'SH-001' AND o.created_by = 'system'
				""").query(String.class).list();
		assertThat(statuses).contains("CREATED", "DEPOSIT_PAID", "CONTRACT_SIGNED", "ARRIVED", "PDI_DONE", "DELIVERED");
		// every demo order's configuration is stored in the catalog, priced by its price
		// lists
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM sales_orders o JOIN dealers d ON d.id = o.dealer_id
				WHERE d.code = 'SH-001' AND o.created_by = 'system'
				AND o.configuration_code NOT IN (SELECT code FROM vehicle_configurations)
				""").query(Long.class).single()).isZero();
		// the delivered order's car left SH-001's stock; the others' cars are theirs
		assertThat(this.jdbc.sql("""
				SELECT v.status FROM sales_orders o JOIN stock_vehicles v ON v.order_id = o.id
				JOIN dealers d ON d.id = o.dealer_id WHERE d.code = 'SH-001' AND o.status = 'DELIVERED'
				""").query(String.class).list()).isNotEmpty().containsOnly("DELIVERED");
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM sales_orders o JOIN stock_vehicles v ON v.order_id = o.id
				WHERE o.status IN ('ARRIVED', 'PDI_DONE', 'IN_TRANSIT') AND v.vin = o.vin AND v.status = 'ALLOCATED'
				""").query(Long.class).single()).isGreaterThanOrEqualTo(2);
	}

}
