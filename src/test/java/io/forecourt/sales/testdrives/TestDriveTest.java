package io.forecourt.sales.testdrives;

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
 * The application as the test-drive tests need it, one context for all of them: a clock
 * of their own that they move (days ahead, for the evening-before reminder), the events
 * recorded, and no automatic lead routing, so a lead goes to the dealer a test names.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "forecourt.leads.routing.automatic=false",
		"forecourt.sales.test-drives.reminders.day-before=true" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MutableClock.Configuration.class)
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@interface TestDriveTest {

}
