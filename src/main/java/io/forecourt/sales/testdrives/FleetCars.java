package io.forecourt.sales.testdrives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.tenancy.ScopePredicate;
import io.forecourt.kernel.web.ETags;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The test_drive_cars table. */
@Repository
class FleetCars {

	private final JdbcClient jdbc;

	FleetCars(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(TestDriveCar car) {
		this.jdbc.sql("""
				INSERT INTO test_drive_cars (id, dealer_id, vin, model_code, trim_code, plate, status, version,
				    created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
				""")
			.params(car.id(), car.dealerId(), car.vin(), car.modelCode(), car.trimCode(), car.plate(),
					car.status().name(), Timestamp.from(car.createdAt()), Timestamp.from(car.updatedAt()))
			.update();
	}

	boolean vinTaken(String vin) {
		return this.jdbc.sql("SELECT count(*) FROM test_drive_cars WHERE vin = ?")
			.param(vin)
			.query(Long.class)
			.single() > 0;
	}

	boolean exists(UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM test_drive_cars WHERE id = ?")
			.param(id)
			.query(Long.class)
			.single() > 0;
	}

	Optional<TestDriveCar> findVisible(UUID id, ScopePredicate scope) {
		return this.jdbc.sql("SELECT * FROM test_drive_cars c WHERE c.id = :id AND " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query((rs, n) -> car(rs))
			.optional();
	}

	Optional<TestDriveCar> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM test_drive_cars WHERE id = ?")
			.param(id)
			.query((rs, n) -> car(rs))
			.optional();
	}

	/** The dealer's cars, retired ones only when asked, by model, trim and VIN. */
	List<TestDriveCar> ofDealer(UUID dealerId, boolean withRetired) {
		return this.jdbc
			.sql("SELECT * FROM test_drive_cars WHERE dealer_id = ?" + (withRetired ? "" : " AND status <> 'RETIRED'")
					+ " ORDER BY model_code, trim_code, vin")
			.param(dealerId)
			.query((rs, n) -> car(rs))
			.list();
	}

	/**
	 * The dealer's bookable cars of a model (and trim, if given), by VIN.
	 */
	List<TestDriveCar> bookable(UUID dealerId, @Nullable String modelCode, @Nullable String trimCode) {
		return this.jdbc.sql("""
				SELECT * FROM test_drive_cars
				WHERE dealer_id = :dealer AND status = 'ACTIVE'
				    AND (CAST(:model AS VARCHAR(30)) IS NULL OR model_code = :model)
				    AND (CAST(:trim AS VARCHAR(40)) IS NULL OR trim_code = :trim)
				ORDER BY vin
				""")
			.param("dealer", dealerId)
			.param("model", modelCode)
			.param("trim", trimCode)
			.query((rs, n) -> car(rs))
			.list();
	}

	/**
	 * Saves a change made on top of {@code expectedVersion}.
	 * @throws io.forecourt.kernel.web.ProblemException precondition failed if someone
	 * changed the car in between
	 */
	void update(TestDriveCar car, long expectedVersion) {
		int updated = this.jdbc.sql("""
				UPDATE test_drive_cars SET plate = ?, status = ?, updated_at = ?, version = version + 1
				WHERE id = ? AND version = ?
				""")
			.params(car.plate(), car.status().name(), Timestamp.from(car.updatedAt()), car.id(), expectedVersion)
			.update();
		if (updated != 1) {
			throw ETags.stale("Test-drive car", car.id());
		}
	}

	static TestDriveCar car(ResultSet rs) throws SQLException {
		return new TestDriveCar(rs.getObject("id", UUID.class), rs.getObject("dealer_id", UUID.class),
				rs.getString("vin"), rs.getString("model_code"), rs.getString("trim_code"), rs.getString("plate"),
				CarStatus.valueOf(rs.getString("status")), rs.getLong("version"), instant(rs, "created_at"),
				instant(rs, "updated_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

}
