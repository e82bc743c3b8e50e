package io.forecourt.service.satisfaction;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.forecourt.identity.CustomerIdentification;
import io.forecourt.identity.Identifier;
import io.forecourt.identity.ResolutionRequest;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.service.RepairOrderDelivered;
import io.forecourt.service.ServiceWork;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the satisfaction tests set up: owners with the consents they need, and deliveries
 * published as the repair orders will publish them, in a transaction.
 */
final class SatisfactionWork {

	final ServiceWork work;

	private final CustomerIdentification identification;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	SatisfactionWork(ServiceWork work, CustomerIdentification identification, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.work = work;
		this.identification = identification;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * An owner who granted these consents (e.g. WECHAT_MESSAGES, MARKETING_SMS, EMAIL).
	 */
	UUID owner(String... consents) throws Exception {
		UUID id = CurrentAccess.asSystem(() -> this.identification
			.resolve(ResolutionRequest.of("service-tests", Identifier.phone(ServiceWork.mobile())))
			.customerId());
		for (String purpose : consents) {
			this.work.send(this.work.hq, "/api/v1/customers/" + id + "/consents", """
					{"purpose": "%s", "granted": true, "source": "service-tests", "textVersion": "2026-10"}
					""".formatted(purpose)).andExpect(status().isOk());
		}
		return id;
	}

	RepairOrderDelivered delivery(UUID dealerId, UUID customerId) {
		return new RepairOrderDelivered(UUID.randomUUID(), dealerId, customerId, null, ServiceWork.vin(), "藏A12345",
				12000, List.of("更换机油滤清器"), new BigDecimal("680.00"), this.clock.instant());
	}

	/** Publishes the delivery and waits until its survey exists. */
	Survey deliver(RepairOrderDelivered delivered) throws InterruptedException {
		publish(delivered);
		ServiceWork.await(() -> this.work.count(
				"SELECT count(*) FROM event_publication WHERE serialized_event LIKE ? AND listener_id LIKE ?"
						+ " AND completion_date IS NULL",
				"%" + delivered.repairOrderId() + "%", "%DeliveredRepairOrders%") == 0
				&& survey(delivered.repairOrderId()) != null);
		return survey(delivered.repairOrderId());
	}

	void publish(RepairOrderDelivered delivered) {
		this.transaction.executeWithoutResult(status -> this.events.publishEvent(delivered));
	}

	Survey survey(UUID repairOrderId) {
		return this.work.jdbc.sql("SELECT * FROM service_satisfaction_surveys WHERE repair_order_id = ?")
			.param(repairOrderId)
			.query(SurveyRecords::map)
			.optional()
			.orElse(null);
	}

	Complaint complaintOf(Survey survey) {
		return this.work.jdbc.sql("SELECT * FROM service_complaints WHERE survey_id = ?")
			.param(survey.id())
			.query(ComplaintRecords::map)
			.optional()
			.orElse(null);
	}

	/** The owner's timeline entries of a type. */
	long timeline(UUID customerId, String type) {
		return this.work.count("SELECT count(*) FROM customer_timeline WHERE customer_id = ? AND type = ?", customerId,
				type);
	}

	/**
	 * How many times an event of the type about the record was published (to the
	 * timeline).
	 */
	long published(String eventType, UUID about) {
		return this.work
			.count("SELECT count(*) FROM event_publication WHERE event_type LIKE ? AND serialized_event LIKE ?"
					+ " AND listener_id LIKE ?", "%" + eventType, "%" + about + "%", "%SatisfactionTimeline%");
	}

}
