package io.forecourt.service.appointments;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The booking races on the embedded default's database (H2 in PostgreSQL mode), whose
 * locking differs: the holds' primary key must stop an overbooking there too.
 */
@SpringBootTest(properties = { "forecourt.test.database=as-configured",
		"spring.datasource.url=jdbc:h2:mem:service-races;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AppointmentRaceOnH2Tests extends AppointmentRaces {

}
