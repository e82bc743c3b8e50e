package io.forecourt.service.parts;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The parts races on the embedded default's database (H2 in PostgreSQL mode), whose
 * locking differs: the conditional updates and check constraints must hold there too.
 * Same context as the appointment races on H2, so it starts once.
 */
@SpringBootTest(properties = { "forecourt.test.database=as-configured",
		"spring.datasource.url=jdbc:h2:mem:service-races;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PartsReservationRaceOnH2Tests extends PartsReservationRaces {

}
