package io.forecourt.sales.testdrives;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.forecourt.identity.CustomerErased;
import io.forecourt.identity.PersonalDataSection;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static io.forecourt.sales.testdrives.TestDriveWork.await;
import static io.forecourt.sales.testdrives.TestDriveWork.mobile;
import static org.assertj.core.api.Assertions.assertThat;

/** A person's test drives are in their data export, and erasure anonymises them. */
@TestDriveTest
class TestDrivePersonalDataTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	List<PersonalDataSection> sections;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	TestDriveWork work;

	@BeforeAll
	void work() {
		this.work = new TestDriveWork(this.mvc, this.jdbc, this.accounts, this.clock);
	}

	@Test
	void theExportHoldsTheBookingsAndErasureRemovesWhatNamesThePerson() throws Exception {
		TestDriveWork.Dealer dealer = this.work.dealer("强巴");
		this.work.car(dealer, "E5", "E5-LR");
		OffsetDateTime start = this.work.slotAfter(dealer, "E5", Duration.ofHours(3));
		UUID booking = this.work.booked(this.work.app, dealer, "E5", start, mobile());
		UUID customer = this.jdbc.sql("SELECT customer_id FROM test_drive_bookings WHERE id = ?")
			.param(booking)
			.query(UUID.class)
			.single();
		PersonalDataSection section = this.sections.stream()
			.filter(s -> s.name().equals("test-drives"))
			.findFirst()
			.orElseThrow();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> rows = (List<Map<String, Object>>) ((Map<String, Object>) section
			.export(Set.of(customer))).get("bookings");
		assertThat(rows).singleElement().satisfies(row -> assertThat(row.get("contact_name")).isEqualTo("次仁"));

		new TransactionTemplate(this.transactions)
			.executeWithoutResult(status -> this.events.publishEvent(new CustomerErased(customer, Set.of(customer))));
		await(() -> this.work.count("SELECT count(*) FROM test_drive_bookings WHERE id = ? AND contact_name IS NULL"
				+ " AND phone_masked IS NULL", booking) == 1);
		assertThat(this.work.statusOf(booking)).isEqualTo("BOOKED");
	}

}
