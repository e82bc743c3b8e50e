package io.forecourt.kernel.events;

import java.util.concurrent.CompletableFuture;

import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.converter.JacksonJsonMessageConverter;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;

/**
 * Publishes events marked {@code @Externalized("forecourt.events::<routing key>")} to the
 * RabbitMQ topic exchange {@value #EXCHANGE} when
 * {@code forecourt.events.rabbitmq.enabled} is set. The externalizer is an ordinary
 * listener of the event publication registry, so a message that could not be sent (broker
 * down, crash) stays incomplete and is sent again by
 * {@link IncompletePublicationResubmitter}.
 *
 * <p>
 * Spring Modulith's own AMQP adapter does the same; it is not published for Modulith 2.1
 * on Maven Central, so this wires Modulith's transport-neutral externalizer to
 * RabbitTemplate.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("forecourt.events.rabbitmq.enabled")
class RabbitEventExternalization {

	static final String EXCHANGE = "forecourt.events";

	@Bean
	TopicExchange forecourtEventsExchange() {
		return new TopicExchange(EXCHANGE, true, false);
	}

	@Bean
	MessageConverter rabbitJsonMessageConverter() {
		return new JacksonJsonMessageConverter();
	}

	@Bean
	DelegatingEventExternalizer rabbitEventExternalizer(EventExternalizationConfiguration configuration,
			RabbitTemplate rabbit) {
		return new DelegatingEventExternalizer(configuration, (target, payload) -> {
			// Synchronous send: a broker failure throws here, leaving the publication
			// incomplete.
			rabbit.convertAndSend(target.getTarget(), target.getKey(), payload);
			return CompletableFuture.completedFuture(null);
		});
	}

}
