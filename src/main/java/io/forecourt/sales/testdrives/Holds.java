package io.forecourt.sales.testdrives;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The test_drive_holds table: which booking holds which quarter hour of a car or a
 * consultant. Its primary key is what stops a double booking, across instances: the
 * second booking's insert fails and it tries again with what is still free.
 */
@Repository
class Holds {

	enum Kind {

		CAR, CONSULTANT

	}

	private final JdbcClient jdbc;

	Holds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException if another booking holds one
	 * of the units
	 */
	void hold(UUID bookingId, Kind kind, UUID resourceId, List<Long> units) {
		for (Long unit : units) {
			this.jdbc
				.sql("INSERT INTO test_drive_holds (resource_kind, resource_id, unit_index, booking_id)"
						+ " VALUES (?, ?, ?, ?)")
				.params(kind.name(), resourceId, unit, bookingId)
				.update();
		}
	}

	int release(UUID bookingId) {
		return this.jdbc.sql("DELETE FROM test_drive_holds WHERE booking_id = ?").param(bookingId).update();
	}

	/** The units of [fromUnit, toUnit) held for these resources, by resource. */
	Map<UUID, Set<Long>> held(Kind kind, List<UUID> resourceIds, long fromUnit, long toUnit) {
		Map<UUID, Set<Long>> held = new HashMap<>();
		if (resourceIds.isEmpty()) {
			return held;
		}
		this.jdbc.sql("""
				SELECT resource_id, unit_index FROM test_drive_holds
				WHERE resource_kind = :kind AND resource_id IN (:ids) AND unit_index >= :from AND unit_index < :to
				""")
			.param("kind", kind.name())
			.param("ids", new ArrayList<>(resourceIds))
			.param("from", fromUnit)
			.param("to", toUnit)
			.query(rs -> {
				held.computeIfAbsent(rs.getObject("resource_id", UUID.class), id -> new HashSet<>())
					.add(rs.getLong("unit_index"));
			});
		return held;
	}

}
