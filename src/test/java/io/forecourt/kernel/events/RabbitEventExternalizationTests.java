package io.forecourt.kernel.events;

import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

import io.forecourt.kernel.contact.PhoneNumber;
import io.forecourt.kernel.geo.CityCode;
import io.forecourt.kernel.geo.GeoPoint;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.network.domain.Dealer;
import io.forecourt.network.domain.DealerAdministration;
import io.forecourt.network.domain.DealerProfile;
import io.forecourt.network.domain.OpeningHours;
import io.forecourt.network.domain.RegionAdministration;
import io.forecourt.support.RequiresService;
import io.forecourt.support.TestServices;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.AnonymousQueue;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Module events marked {@code @Externalized} reach RabbitMQ through the event publication
 * registry, against the real broker.
 */
@SpringBootTest(properties = "forecourt.events.rabbitmq.enabled=true")
@ActiveProfiles("test")
@RequiresService({ TestServices.RABBITMQ, TestServices.POSTGRESQL })
class RabbitEventExternalizationTests {

	@Autowired
	RabbitAdmin admin;

	@Autowired
	RabbitTemplate rabbit;

	@Autowired
	TopicExchange forecourtEventsExchange;

	@Autowired
	DealerAdministration dealers;

	@Autowired
	RegionAdministration regions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRegisteredDealerIsPublishedToTheEventsExchangeAndItsPublicationCompletes() {
		Queue queue = new AnonymousQueue();
		this.admin.declareQueue(queue);
		this.admin.declareBinding(
				BindingBuilder.bind(queue).to(this.forecourtEventsExchange).with("network.dealer.registered"));

		Dealer dealer = CurrentAccess
			.asSystem(() -> this.dealers.register("MQ-" + System.nanoTime() % 100000, this.regions.list().get(0).id(),
					new DealerProfile("消息测试店", "Broker Test Dealer", "上海市徐汇区漕溪北路 1 号", new CityCode("310100"),
							new GeoPoint(31.19, 121.43), PhoneNumber.parse("021-6400 0000"),
							OpeningHours.everyDay(LocalTime.of(9, 0), LocalTime.of(18, 0)), Set.of("Huaxia"), 4)));

		Map<String, Object> message = this.rabbit.receiveAndConvert(queue.getName(), 15_000,
				new ParameterizedTypeReference<Map<String, Object>>() {
				});
		assertThat(message).isNotNull()
			.containsEntry("dealerId", dealer.id().toString())
			.containsEntry("code", dealer.code())
			.containsEntry("cityCode", "310100");

		await().untilAsserted(() -> assertThat(this.jdbc
			.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ? AND completion_date IS NULL")
			.param("%" + dealer.id() + "%")
			.query(Long.class)
			.single()).isZero());
	}

}
