package io.forecourt.service.satisfaction;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.identity.CustomerIdentification;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.service.RepairOrderDelivered;
import io.forecourt.service.SatisfactionSurveySent;
import io.forecourt.service.ServiceTest;
import io.forecourt.service.ServiceWork;
import io.forecourt.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;

import static io.forecourt.support.TestPrincipals.authenticated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Survey → complaint → SLA escalation on a clock the test moves: one survey per delivered
 * repair order on the channel the owner consented to (none without), answered once before
 * it expires, feeding the dealer's rating; a low score opens a complaint whose first
 * response is escalated to the dealer's manager at the SLA and to HQ later, each level
 * once even with two job runs at once, and a response stops it.
 */
@ServiceTest
class SatisfactionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	CustomerIdentification identification;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	SatisfactionJobs jobs;

	@Autowired
	ApplicationEvents events;

	ServiceWork work;

	SatisfactionWork satisfaction;

	@BeforeAll
	void work() {
		this.work = new ServiceWork(this.mvc, this.jdbc, this.accounts, this.clock);
		this.satisfaction = new SatisfactionWork(this.work, this.identification, this.publisher, this.transactions,
				this.clock);
	}

	@Test
	void aDeliveryGetsOneSurveySentOnTheConsentedChannelAfterTheDelay() throws Exception {
		ServiceWork.Dealer dealer = this.work.dealer();
		UUID owner = this.satisfaction.owner("MARKETING_SMS", "WECHAT_MESSAGES");
		RepairOrderDelivered delivered = this.satisfaction.delivery(dealer.id(), owner);
		Survey survey = this.satisfaction.deliver(delivered);
		// the repair order's event delivered again: still one survey, the same link
		Survey again = this.satisfaction.deliver(delivered);
		assertThat(again.token()).isEqualTo(survey.token());
		assertThat(this.work.count("SELECT count(*) FROM service_satisfaction_surveys WHERE repair_order_id = ?",
				delivered.repairOrderId()))
			.isEqualTo(1);
		assertThat(survey.status()).isEqualTo(SurveyStatus.PENDING);
		assertThat(survey.token()).matches("[A-Za-z0-9_-]{32}");

		this.jobs.sendDue();
		assertThat(this.satisfaction.survey(delivered.repairOrderId()).status()).isEqualTo(SurveyStatus.PENDING);
		this.clock.advance(Duration.ofHours(2));
		this.jobs.sendDue();
		this.jobs.sendDue();
		Survey sent = this.satisfaction.survey(delivered.repairOrderId());
		assertThat(sent.status()).isEqualTo(SurveyStatus.SENT);
		assertThat(sent.channel()).isEqualTo("WECHAT");
		List<SatisfactionSurveySent> handed = this.events.stream(SatisfactionSurveySent.class)
			.filter(e -> e.surveyId().equals(survey.id()))
			.toList();
		assertThat(handed).singleElement()
			.satisfies(e -> assertThat(e.link()).isEqualTo("/satisfaction/" + survey.token()))
			.satisfies(e -> assertThat(e.channel()).isEqualTo("WECHAT"));
		ServiceWork.await(() -> this.satisfaction.timeline(owner, "SERVICE_SATISFACTION_SURVEY_SENT") == 1);
	}

	@Test
	void smsWhenOnlySmsIsConsentedAndNothingWithoutConsent() throws Exception {
		ServiceWork.Dealer dealer = this.work.dealer();
		UUID smsOnly = this.satisfaction.owner("MARKETING_SMS");
		UUID nobody = this.satisfaction.owner();
		RepairOrderDelivered toSms = this.satisfaction.delivery(dealer.id(), smsOnly);
		RepairOrderDelivered toNobody = this.satisfaction.delivery(dealer.id(), nobody);
		this.satisfaction.deliver(toSms);
		Survey unsent = this.satisfaction.deliver(toNobody);
		this.clock.advance(Duration.ofHours(2));
		this.jobs.sendDue();
		assertThat(this.satisfaction.survey(toSms.repairOrderId()).channel()).isEqualTo("SMS");
		Survey none = this.satisfaction.survey(toNobody.repairOrderId());
		assertThat(none.status()).isEqualTo(SurveyStatus.NOT_SENT);
		assertThat(none.channel()).isNull();
		assertThat(none.channelReason()).contains("WECHAT").contains("SMS").contains("EMAIL");
		assertThat(this.events.stream(SatisfactionSurveySent.class).filter(e -> e.surveyId().equals(unsent.id())))
			.isEmpty();
	}

	@Test
	void aSurveyIsAnsweredOnceValidatedAndClosedWhenExpired() throws Exception {
		ServiceWork.Dealer dealer = this.work.dealer();
		Survey survey = sentSurvey(dealer);
		answer(survey, "{\"score\": 11}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("score"));
		answer(survey, "{\"comment\": \"fine\"}").andExpect(status().isBadRequest());
		assertThat(this.satisfaction.survey(survey.repairOrderId()).score()).isNull();
		this.mvc.perform(get("/api/v1/satisfaction/" + survey.token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answered").value(false));
		answer(survey, "{\"score\": 9, \"comment\": \"快又好\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.answered").value(true))
			.andExpect(jsonPath("$.score").value(9));
		answer(survey, "{\"score\": 2}").andExpect(status().isConflict());
		assertThat(this.satisfaction.survey(survey.repairOrderId()).score()).isEqualTo(9);
		this.mvc
			.perform(post("/api/v1/satisfaction/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"score\": 5}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/satisfaction/short")).andExpect(status().isNotFound());

		Survey late = sentSurvey(dealer);
		this.clock.advance(Duration.ofDays(14));
		answer(late, "{\"score\": 8}").andExpect(status().isConflict());
		assertThat(this.satisfaction.survey(late.repairOrderId()).status()).isEqualTo(SurveyStatus.SENT);
		ServiceWork.await(() -> this.satisfaction.timeline(survey.customerId(), "SERVICE_SATISFACTION_ANSWERED") == 1);
	}

	@Test
	void answersFeedTheDealersRating() throws Exception {
		ServiceWork.Dealer dealer = this.work.dealer();
		answer(sentSurvey(dealer), "{\"score\": 10}").andExpect(status().isOk());
		answer(sentSurvey(dealer), "{\"score\": 5}").andExpect(status().isOk());
		// average 7.5 of 10 is 1 + 4 × 0.75 = 4.00 on the 1-5 scale
		assertThat(this.jdbc.sql("SELECT rating FROM service_dealer_ratings WHERE dealer_id = ?")
			.param(dealer.id())
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("4.00");
		assertThat(this.work.count("SELECT reviews FROM service_dealer_ratings WHERE dealer_id = ?", dealer.id()))
			.isEqualTo(2);
		assertThat(RatingFeed.rating(List.of(0))).isEqualByComparingTo("1.00");
		assertThat(RatingFeed.rating(List.of(10))).isEqualByComparingTo("5.00");
	}

	@Test
	void sixOrLessOpensAComplaintAndSevenDoesNot() throws Exception {
		ServiceWork.Dealer dealer = this.work.dealer();
		Survey six = sentSurvey(dealer);
		Survey seven = sentSurvey(dealer);
		answer(six, "{\"score\": 6, \"comment\": \"等太久\"}").andExpect(status().isOk());
		answer(seven, "{\"score\": 7}").andExpect(status().isOk());
		Complaint complaint = this.satisfaction.complaintOf(six);
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.OPEN);
		assertThat(complaint.comment()).isEqualTo("等太久");
		assertThat(complaint.dueAt()).isEqualTo(complaint.openedAt().plus(Duration.ofHours(24)));
		assertThat(complaint.repairOrderId()).isEqualTo(six.repairOrderId());
		assertThat(this.satisfaction.complaintOf(seven)).isNull();
		ServiceWork.await(() -> this.satisfaction.timeline(six.customerId(), "SERVICE_COMPLAINT_OPENED") == 1);
	}

	@Test
	void anUnansweredComplaintIsEscalatedOncePerLevelEvenWithTwoRunsAtOnce() throws Exception {
		ServiceWork.Dealer dealer = this.work.dealer();
		Survey survey = sentSurvey(dealer);
		answer(survey, "{\"score\": 3}").andExpect(status().isOk());
		Complaint complaint = this.satisfaction.complaintOf(survey);
		this.clock.advance(Duration.ofHours(23));
		this.jobs.escalate();
		assertThat(this.satisfaction.complaintOf(survey).escalationLevel()).isZero();

		this.clock.advance(Duration.ofHours(1));
		runTwiceAtOnce();
		Complaint first = this.satisfaction.complaintOf(survey);
		assertThat(first.escalationLevel()).isEqualTo(1);
		assertThat(first.status()).isEqualTo(ComplaintStatus.OPEN);
		assertThat(first.escalationDueAt()).isEqualTo(first.escalatedAt().plus(Duration.ofHours(24)));
		assertThat(this.satisfaction.published("ComplaintEscalated", complaint.id())).isEqualTo(1);

		this.clock.advance(Duration.ofHours(12));
		runTwiceAtOnce();
		assertThat(this.satisfaction.complaintOf(survey).escalationLevel()).isEqualTo(1);
		this.clock.advance(Duration.ofHours(12));
		runTwiceAtOnce();
		assertThat(this.satisfaction.complaintOf(survey).escalationLevel()).isEqualTo(2);
		this.clock.advance(Duration.ofDays(3));
		runTwiceAtOnce();
		assertThat(this.satisfaction.complaintOf(survey).escalationLevel()).isEqualTo(2);
		assertThat(this.satisfaction.published("ComplaintEscalated", complaint.id())).isEqualTo(2);
		assertThat(this.jdbc
			.sql("SELECT serialized_event FROM event_publication WHERE event_type LIKE '%ComplaintEscalated'"
					+ " AND serialized_event LIKE ? AND listener_id LIKE '%SatisfactionTimeline%'")
			.param("%" + complaint.id() + "%")
			.query(String.class)
			.list()).anySatisfy(json -> assertThat(json).contains("DEALER_MANAGER"))
			.anySatisfy(json -> assertThat(json).contains("\"HQ\""));
		ServiceWork.await(() -> this.satisfaction.timeline(survey.customerId(), "SERVICE_COMPLAINT_ESCALATED") == 2);
	}

	@Test
	void theFirstResponseStopsEscalationAndTheComplaintIsSettledOnce() throws Exception {
		ServiceWork.Dealer dealer = this.work.dealer();
		Survey survey = sentSurvey(dealer);
		answer(survey, "{\"score\": 0}").andExpect(status().isOk());
		Complaint complaint = this.satisfaction.complaintOf(survey);
		String path = "/api/v1/service/complaints/" + complaint.id();
		this.work.send(dealer.advisor(), path + "/response", "{\"response\": \"\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("validation")));
		this.work.send(dealer.advisor(), path + "/response", "{\"response\": \"已致电车主，约明天复检\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RESPONDED"));
		this.work.send(dealer.advisor(), path + "/response", "{\"response\": \"again\"}")
			.andExpect(status().isConflict());
		this.clock.advance(Duration.ofDays(3));
		this.jobs.escalate();
		assertThat(this.satisfaction.complaintOf(survey).escalationLevel()).isZero();
		this.work.send(dealer.manager(), path + "/resolve", "{\"outcome\": \"MAYBE\", \"resolution\": \"\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2));
		this.work.send(dealer.manager(), path + "/resolve", "{\"outcome\": \"RESOLVED\", \"resolution\": \"复检后更换\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RESOLVED"));
		this.work.send(dealer.manager(), path + "/resolve", "{\"outcome\": \"CLOSED\", \"resolution\": \"x\"}")
			.andExpect(status().isConflict());
		ServiceWork.await(() -> this.satisfaction.timeline(survey.customerId(), "SERVICE_COMPLAINT_RESOLVED") == 1
				&& this.satisfaction.timeline(survey.customerId(), "SERVICE_COMPLAINT_RESPONDED") == 1);
	}

	@Test
	void anotherDealersComplaintsAndReportAreNotFound() throws Exception {
		ServiceWork.Dealer dealer = this.work.dealer();
		ServiceWork.Dealer other = this.work.dealer();
		Survey survey = sentSurvey(dealer);
		answer(survey, "{\"score\": 1}").andExpect(status().isOk());
		UUID complaint = this.satisfaction.complaintOf(survey).id();
		this.work.read(other.advisor(), "/api/v1/service/complaints/" + complaint).andExpect(status().isNotFound());
		this.work
			.send(other.advisor(), "/api/v1/service/complaints/" + complaint + "/response", "{\"response\": \"x\"}")
			.andExpect(status().isNotFound());
		this.work.read(other.advisor(), "/api/v1/service/complaints?dealerId=" + dealer.id())
			.andExpect(status().isNotFound());
		this.work.read(other.advisor(), "/api/v1/service/complaints")
			.andExpect(jsonPath("$.items[?(@.id == '" + complaint + "')]").isEmpty());
		this.work.read(dealer.advisor(), "/api/v1/service/complaints")
			.andExpect(jsonPath("$.items[?(@.id == '" + complaint + "')]").isNotEmpty());
		this.work.read(other.manager(), "/api/v1/service/satisfaction/nps?dealerId=" + dealer.id())
			.andExpect(status().isNotFound());
		assertThat(this.satisfaction.complaintOf(survey).status()).isEqualTo(ComplaintStatus.OPEN);
	}

	@Test
	void theNpsReportCountsPromotersPassivesDetractorsAndTheResponseRate() throws Exception {
		ServiceWork.Dealer dealer = this.work.dealer();
		for (int score : new int[] { 10, 9, 8, 3 }) {
			answer(sentSurvey(dealer), "{\"score\": " + score + "}").andExpect(status().isOk());
		}
		sentSurvey(dealer);
		String day = this.clock.instant().atZone(ServiceWork.SHANGHAI).toLocalDate().toString();
		String from = this.clock.instant()
			.minus(Duration.ofDays(1))
			.atZone(ServiceWork.SHANGHAI)
			.toLocalDate()
			.toString();
		String path = "/api/v1/service/satisfaction/nps?dealerId=" + dealer.id() + "&from=" + from + "&to=" + day;
		this.work.read(dealer.manager(), path)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.figures.promoters").value(2))
			.andExpect(jsonPath("$.figures.passives").value(1))
			.andExpect(jsonPath("$.figures.detractors").value(1))
			.andExpect(jsonPath("$.figures.answered").value(4))
			.andExpect(jsonPath("$.figures.invited").value(5))
			.andExpect(jsonPath("$.figures.nps").value(25.0))
			.andExpect(jsonPath("$.figures.responseRate").value(80.0));
		this.work.read(this.work.hq, path).andExpect(jsonPath("$.figures.answered").value(4));
		this.work.read(dealer.advisor(), path).andExpect(status().isForbidden());
		this.work.read(dealer.manager(), "/api/v1/service/satisfaction/nps?from=" + day + "&to=" + from)
			.andExpect(status().isBadRequest());
	}

	@Test
	void theOwnersPageAndTheConsolePages() throws Exception {
		ServiceWork.Dealer dealer = this.work.dealer();
		Survey survey = sentSurvey(dealer);
		this.mvc.perform(get("/satisfaction/" + survey.token()).param("lang", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("这次服务您满意吗")))
			.andExpect(content().string(containsString("id=\"score-10\"")))
			.andExpect(content().string(containsString("id=\"survey-form\"")));
		this.mvc.perform(get("/satisfaction/" + survey.token()).param("lang", "en"))
			.andExpect(content().string(containsString("How was your service?")));
		this.mvc
			.perform(post("/api/v1/satisfaction/" + survey.token()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("comment", "没有"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/satisfaction/" + survey.token() + "?problem=invalid"));
		this.mvc
			.perform(post("/api/v1/satisfaction/" + survey.token()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("score", "4")
				.param("comment", "洗车没洗干净"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/satisfaction/" + survey.token()));
		this.mvc.perform(get("/satisfaction/" + survey.token()).param("lang", "en"))
			.andExpect(content().string(containsString("id=\"survey-thanks\"")))
			.andExpect(content().string(not(containsString("id=\"survey-form\""))));
		this.mvc.perform(get("/satisfaction/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).andExpect(status().isNotFound());

		Complaint complaint = this.satisfaction.complaintOf(survey);
		ForecourtPrincipal advisor = staff(dealer.id(), Role.SERVICE_ADVISOR);
		this.mvc.perform(get("/service/complaints").param("lang", "en").with(as(advisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-complaint-id=\"" + complaint.id() + "\"")))
			.andExpect(content().string(containsString("data-countdown=\"" + complaint.dueAt() + "\"")));
		this.mvc.perform(get("/service/complaints/" + complaint.id()).param("lang", "zh-CN").with(as(advisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("洗车没洗干净")))
			.andExpect(content().string(containsString("id=\"complaint-respond\"")));
		this.mvc
			.perform(post("/service/complaints/" + complaint.id() + "/response").with(as(advisor))
				.with(csrf())
				.param("response", "已联系车主"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.satisfaction.complaintOf(survey).status()).isEqualTo(ComplaintStatus.RESPONDED);
		ForecourtPrincipal stranger = staff(this.work.dealer().id(), Role.SERVICE_ADVISOR);
		this.mvc.perform(get("/service/complaints/" + complaint.id()).with(as(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/service/complaints").param("lang", "en").with(as(stranger)))
			.andExpect(content().string(not(containsString(complaint.id().toString()))));
		this.mvc
			.perform(get("/service/satisfaction").param("lang", "en").with(as(staff(dealer.id(), Role.DEALER_MANAGER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"nps-value\"")));
		this.mvc.perform(get("/service/satisfaction").with(as(advisor))).andExpect(status().isForbidden());
	}

	private static ForecourtPrincipal staff(UUID dealer, Role role) {
		return new ForecourtPrincipal("test:" + UUID.randomUUID(), "次仁", ForecourtPrincipal.Kind.USER, Set.of(role),
				AccessScope.dealer(dealer), null);
	}

	private static RequestPostProcessor as(ForecourtPrincipal principal) {
		return authentication(authenticated(principal));
	}

	@Test
	void theOwnersAnswersAreExportedAndTheirWordsErased() throws Exception {
		ServiceWork.Dealer dealer = this.work.dealer();
		Survey survey = sentSurvey(dealer);
		answer(survey, "{\"score\": 2, \"comment\": \"前台态度差\"}").andExpect(status().isOk());
		this.work.read(this.work.hq, "/api/v1/customers/" + survey.customerId() + "/export")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("service-satisfaction")))
			.andExpect(content().string(containsString("前台态度差")))
			.andExpect(content().string(not(containsString(survey.token()))));
		this.work
			.send(this.work.hq, "/api/v1/customers/" + survey.customerId() + "/erase", "{\"reason\": \"owner asked\"}")
			.andExpect(status().isOk());
		ServiceWork.await(() -> this.satisfaction.survey(survey.repairOrderId()).comment() == null
				&& this.satisfaction.complaintOf(survey).comment() == null);
		assertThat(this.satisfaction.survey(survey.repairOrderId()).score()).isEqualTo(2);
	}

	/** A survey delivered now and sent (the owner consented to WeChat). */
	private Survey sentSurvey(ServiceWork.Dealer dealer) throws Exception {
		UUID owner = this.satisfaction.owner("WECHAT_MESSAGES");
		Survey survey = this.satisfaction.deliver(this.satisfaction.delivery(dealer.id(), owner));
		this.clock.advance(Duration.ofHours(2));
		this.jobs.sendDue();
		return this.satisfaction.survey(survey.repairOrderId());
	}

	private ResultActions answer(Survey survey, String json) throws Exception {
		return this.mvc.perform(
				post("/api/v1/satisfaction/" + survey.token()).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	/** Two escalation runs started together, as on two instances. */
	private void runTwiceAtOnce() throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		CompletableFuture<?>[] runs = new CompletableFuture<?>[2];
		for (int i = 0; i < runs.length; i++) {
			runs[i] = CompletableFuture.runAsync(() -> {
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				this.jobs.escalate();
			});
		}
		start.countDown();
		CompletableFuture.allOf(runs).get(60, TimeUnit.SECONDS);
	}

	static String token(ResultActions result) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.token");
	}

}
