package io.forecourt.service;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.forecourt.support.MutableClock;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The application as the service-center tests need it, one context for all of them: a
 * clock of their own that they move (reminders, no-shows) and the events recorded.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MutableClock.Configuration.class)
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public @interface ServiceTest {

}
