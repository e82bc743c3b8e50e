package io.forecourt.sales.testdrives;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.leads.LeadGrade;
import io.forecourt.leads.LeadWork;
import io.forecourt.leads.sla.SlaPolicies;
import io.forecourt.sales.TestDriveCompleted;
import io.forecourt.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static io.forecourt.sales.testdrives.TestDriveWork.await;
import static io.forecourt.sales.testdrives.TestDriveWork.mobile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A test drive and the customer's lead: the booking links the customer's open lead at the
 * dealer, and the feedback moves it to its test-driven stage, logs a TEST_DRIVE follow-up
 * in the consultant's name and re-grades it (kept in the grade history).
 */
@TestDriveTest
class TestDriveLeadTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	SlaPolicies policies;

	@Autowired
	ApplicationEvents events;

	TestDriveWork work;

	LeadWork leads;

	@BeforeAll
	void work() {
		this.work = new TestDriveWork(this.mvc, this.jdbc, this.accounts, this.clock);
		this.leads = new LeadWork(this.mvc, this.jdbc, this.accounts, this.policies, this.clock);
	}

	@Test
	void feedbackMovesTheLinkedLeadToTestDrivenAndRegradesIt() throws Exception {
		TestDriveWork.Dealer dealer = this.work.dealer("白玛", "琼达");
		this.work.car(dealer, "E5", "E5-LR");
		String phone = mobile();
		UUID lead = capture(phone);
		this.leads.assign(lead,
				new LeadWork.Dealer(dealer.id(), dealer.manager(), dealer.consultantIds().get(0),
						dealer.consultants().get(0), dealer.consultantIds().get(1), dealer.consultants().get(1)),
				LeadGrade.B);

		// the other consultant takes the walk-in; the lead is found by the phone
		String consultant = dealer.consultants().get(1);
		OffsetDateTime start = this.work.currentSlot(dealer, "E5");
		String body = this.work
			.book(consultant, dealer, "E5", start, phone,
					", \"consultantId\": \"" + dealer.consultantIds().get(1) + "\"")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.leadId").value(lead.toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID booking = UUID.fromString(JsonPath.read(body, "$.id"));
		this.work.send(consultant, "/api/v1/test-drives/" + booking + "/check-in", "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CHECKED_IN"));
		this.work.send(consultant, "/api/v1/test-drives/" + booking + "/feedback", """
				{"rating": 5, "interest": "HIGH", "comments": "喜欢续航和空间", "grade": "h"}
				""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.suggestedGrade").value("H"));
		assertThat(this.events.stream(TestDriveCompleted.class).filter(e -> e.bookingId().equals(booking)))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.leadId()).isEqualTo(lead);
				assertThat(e.suggestedGrade()).isEqualTo("H");
				assertThat(e.consultantId()).isEqualTo(dealer.consultantIds().get(1));
			});

		await(() -> "H".equals(grade(lead)));
		var row = this.jdbc.sql("SELECT status, test_driven_at FROM leads WHERE id = ?")
			.param(lead)
			.query()
			.singleRow();
		assertThat(row.get("status")).isEqualTo("CONTACTED");
		assertThat(row.get("test_driven_at")).isNotNull();
		assertThat(this.work.count("SELECT count(*) FROM lead_follow_ups WHERE lead_id = ? AND kind = 'TEST_DRIVE'"
				+ " AND outcome = 'INTERESTED' AND staff_id = ?", lead, dealer.consultantIds().get(1)))
			.isEqualTo(1);
		assertThat(this.work.count("SELECT count(*) FROM lead_grade_history WHERE lead_id = ? AND grade = 'H'"
				+ " AND reason LIKE 'test drive feedback%'", lead))
			.isEqualTo(1);
		UUID customer = this.jdbc.sql("SELECT customer_id FROM leads WHERE id = ?")
			.param(lead)
			.query(UUID.class)
			.single();
		await(() -> this.work.count("SELECT count(*) FROM customer_timeline WHERE customer_id = ? AND module = 'sales'"
				+ " AND type IN ('TEST_DRIVE_BOOKED', 'TEST_DRIVE_COMPLETED')", customer) == 2);
	}

	@Test
	void aDriveWithoutFeedbackGradeStillStampsTheStageAndLeavesTheGrade() throws Exception {
		TestDriveWork.Dealer dealer = this.work.dealer("达娃", "益西");
		this.work.car(dealer, "S7", "S7-COMFORT");
		String phone = mobile();
		UUID lead = capture(phone);
		this.leads.assign(lead,
				new LeadWork.Dealer(dealer.id(), dealer.manager(), dealer.consultantIds().get(0),
						dealer.consultants().get(0), dealer.consultantIds().get(1), dealer.consultants().get(1)),
				LeadGrade.A);
		String consultant = dealer.consultants().get(0);
		UUID booking = UUID.fromString(JsonPath.read(this.work
			.book(consultant, dealer, "S7", this.work.currentSlot(dealer, "S7"), phone,
					", \"leadId\": \"" + lead + "\"")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id"));
		this.work.send(consultant, "/api/v1/test-drives/" + booking + "/check-in", "").andExpect(status().isOk());
		this.work
			.send(consultant, "/api/v1/test-drives/" + booking + "/feedback", "{\"rating\": 2, \"interest\": \"LOW\"}")
			.andExpect(status().isOk());
		await(() -> this.work.count("SELECT count(*) FROM leads WHERE id = ? AND test_driven_at IS NOT NULL",
				lead) == 1);
		assertThat(grade(lead)).isEqualTo("A");
		assertThat(this.work.count("SELECT count(*) FROM lead_follow_ups WHERE lead_id = ? AND kind = 'TEST_DRIVE'"
				+ " AND outcome = 'NOT_INTERESTED'", lead))
			.isEqualTo(1);
	}

	private UUID capture(String phone) throws Exception {
		String body = this.work.send(this.leads.integrator(), "/api/v1/leads", """
				{"channel": "autohome", "phone": "%s", "name": "次仁", "cityCode": "540100",
				 "modelOfInterest": "Huaxia E5", "purchaseTimeframe": "WITHIN_15_DAYS", "testDriveRequested": true,
				 "consentMarketing": true}
				""".formatted(phone)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$.leadId"));
	}

	private String grade(UUID lead) {
		return this.jdbc.sql("SELECT grade FROM leads WHERE id = ?").param(lead).query(String.class).single().strip();
	}

}
