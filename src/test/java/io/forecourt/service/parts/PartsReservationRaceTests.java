package io.forecourt.service.parts;

import io.forecourt.service.ServiceTest;

/** The parts races on the test database: PostgreSQL where it runs (always in CI). */
@ServiceTest
class PartsReservationRaceTests extends PartsReservationRaces {

}
