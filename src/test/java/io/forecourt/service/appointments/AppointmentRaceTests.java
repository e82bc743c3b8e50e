package io.forecourt.service.appointments;

import io.forecourt.service.ServiceTest;

/** The booking races on the test database: PostgreSQL where it runs (always in CI). */
@ServiceTest
class AppointmentRaceTests extends AppointmentRaces {

}
