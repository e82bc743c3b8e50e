package io.forecourt.sales.testdrives;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static io.forecourt.sales.testdrives.TestDriveWork.as;
import static io.forecourt.sales.testdrives.TestDriveWork.await;
import static io.forecourt.sales.testdrives.TestDriveWork.mobile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * A consultant deactivated over the staff API hands their drives still to come to a
 * colleague free at the same time; with nobody free, the drive stays and the audit trail
 * says the manager must reschedule it.
 */
@TestDriveTest
class ConsultantDepartureTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	MutableClock clock;

	TestDriveWork work;

	@BeforeAll
	void work() {
		this.work = new TestDriveWork(this.mvc, this.jdbc, this.accounts, this.clock);
	}

	@Test
	void aDepartingConsultantsDriveMovesToAColleagueFreeAtTheSameTime() throws Exception {
		TestDriveWork.Dealer dealer = this.work.dealer("达瓦", "尼玛");
		this.work.car(dealer, "E5", "E5-STD");
		OffsetDateTime start = this.work.slotAfter(dealer, "E5", Duration.ofHours(3));
		UUID booking = this.work.booked(this.work.app, dealer, "E5", start, mobile());
		UUID leaving = consultantOf(booking);
		UUID colleague = dealer.consultantIds().stream().filter(id -> !id.equals(leaving)).findFirst().orElseThrow();

		deactivate(dealer, leaving);

		await(() -> colleague.equals(consultantOf(booking)));
		assertThat(this.work.statusOf(booking)).isEqualTo("BOOKED");
		assertThat(this.jdbc.sql("SELECT starts_at FROM test_drive_bookings WHERE id = ?")
			.param(booking)
			.query(OffsetDateTime.class)
			.single()
			.toInstant()).isEqualTo(start.toInstant());
		// the colleague now holds the slot, the departed consultant nothing
		assertThat(this.work.count("SELECT count(*) FROM test_drive_holds WHERE booking_id = ? AND resource_id = ?",
				booking, colleague))
			.isPositive();
		assertThat(this.work.count("SELECT count(*) FROM test_drive_holds WHERE booking_id = ? AND resource_id = ?",
				booking, leaving))
			.isZero();
	}

	@Test
	void aDriveNobodyIsFreeForStaysBookedAndIsFlaggedForTheManager() throws Exception {
		TestDriveWork.Dealer dealer = this.work.dealer("央金");
		this.work.car(dealer, "E5", "E5-STD");
		OffsetDateTime start = this.work.slotAfter(dealer, "E5", Duration.ofHours(3));
		UUID booking = this.work.booked(this.work.app, dealer, "E5", start, mobile());
		UUID leaving = consultantOf(booking);

		deactivate(dealer, leaving);

		await(() -> this.work.count(
				"SELECT count(*) FROM audit_log WHERE resource_id = ? AND detail LIKE '%the manager must reschedule it'",
				booking.toString()) == 1);
		assertThat(this.work.statusOf(booking)).isEqualTo("BOOKED");
		assertThat(consultantOf(booking)).isEqualTo(leaving);
	}

	private UUID consultantOf(UUID booking) {
		return this.jdbc.sql("SELECT consultant_id FROM test_drive_bookings WHERE id = ?")
			.param(booking)
			.query(UUID.class)
			.single();
	}

	private void deactivate(TestDriveWork.Dealer dealer, UUID staffId) throws Exception {
		MockHttpServletResponse current = this.mvc.perform(as(this.work.hq, get("/api/v1/staff/" + staffId)))
			.andReturn()
			.getResponse();
		String body = current.getContentAsString();
		String update = """
				{"name": "%s", "phone": "%s", "roles": ["SALES_CONSULTANT"], "active": false}
				""".formatted(JsonPath.<String>read(body, "$.name"), JsonPath.<String>read(body, "$.phone"));
		MockHttpServletResponse updated = this.mvc
			.perform(as(this.work.hq, put("/api/v1/staff/" + staffId)).header("If-Match", current.getHeader("ETag"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(update))
			.andReturn()
			.getResponse();
		assertThat(updated.getStatus()).as(updated.getContentAsString()).isEqualTo(200);
	}

}
