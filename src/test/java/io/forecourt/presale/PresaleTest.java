package io.forecourt.presale;

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

/**
 * The application as the presale tests need it, one context for all of them: a clock they
 * move ({@link MutableClock}), the presale's committed events recorded
 * ({@link PresaleEventsRecorder}), and the jobs left to the tests, which run them with
 * the clock where they want it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "forecourt.presale.schedule=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ MutableClock.Configuration.class, PresaleEventsRecorder.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public @interface PresaleTest {

}
