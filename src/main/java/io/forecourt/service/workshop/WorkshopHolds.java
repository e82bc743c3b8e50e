package io.forecourt.service.workshop;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The service_holds table: which holder (an appointment; later a walk-in repair order)
 * occupies which quarter hour of a bay or a technician. Its primary key admits one holder
 * per resource and unit: that, not any check before it, is what stops an overbooking
 * across instances. The second holder's insert fails with
 * {@link org.springframework.dao.DuplicateKeyException}; its caller retries with what is
 * still free, in a new transaction.
 */
@Repository
public class WorkshopHolds {

	/** What is held. */
	public enum Resource {

		BAY, TECHNICIAN

	}

	/** One held unit of one resource. */
	public record Hold(Resource resource, UUID resourceId, long unit) {
	}

	private final JdbcClient jdbc;

	WorkshopHolds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Holds the units of a bay and a technician for a holder, in the caller's
	 * transaction.
	 * @param holderKind what holds, e.g. {@code APPOINTMENT}, {@code REPAIR_ORDER}
	 * @throws org.springframework.dao.DuplicateKeyException if another holder has one of
	 * them
	 */
	public void hold(UUID dealerId, String holderKind, UUID holderId, Collection<Hold> holds) {
		for (Hold hold : holds) {
			this.jdbc
				.sql("""
						INSERT INTO service_holds (resource_kind, resource_id, unit_index, dealer_id, holder_kind, holder_id)
						VALUES (?, ?, ?, ?, ?, ?)
						""")
				.params(hold.resource().name(), hold.resourceId(), hold.unit(), dealerId, holderKind, holderId)
				.update();
		}
	}

	/** What the holder holds now. */
	public Set<Hold> of(String holderKind, UUID holderId) {
		Set<Hold> holds = new HashSet<>();
		this.jdbc
			.sql("SELECT resource_kind, resource_id, unit_index FROM service_holds"
					+ " WHERE holder_kind = ? AND holder_id = ?")
			.params(holderKind, holderId)
			.query(rs -> {
				holds.add(new Hold(Resource.valueOf(rs.getString("resource_kind")),
						rs.getObject("resource_id", UUID.class), rs.getLong("unit_index")));
			});
		return holds;
	}

	/**
	 * Moves a holder to new units: takes the ones it does not hold yet first, then lets
	 * go of the ones it no longer needs, so it never stands without its slot (call it in
	 * one transaction; a lost race rolls everything back and the old holds stay).
	 * @throws org.springframework.dao.DuplicateKeyException if another holder has one of
	 * the new units
	 */
	public void move(UUID dealerId, String holderKind, UUID holderId, Set<Hold> to) {
		Set<Hold> current = of(holderKind, holderId);
		List<Hold> taken = to.stream().filter(h -> !current.contains(h)).toList();
		hold(dealerId, holderKind, holderId, taken);
		for (Hold old : current) {
			if (!to.contains(old)) {
				this.jdbc.sql("""
						DELETE FROM service_holds
						WHERE resource_kind = ? AND resource_id = ? AND unit_index = ? AND holder_id = ?
						""").params(old.resource().name(), old.resourceId(), old.unit(), holderId).update();
			}
		}
	}

	/** Frees everything the holder holds. */
	public int release(String holderKind, UUID holderId) {
		return this.jdbc.sql("DELETE FROM service_holds WHERE holder_kind = ? AND holder_id = ?")
			.params(holderKind, holderId)
			.update();
	}

	/**
	 * The units of [fromUnit, toUnit) held on these resources: by resource, the holder of
	 * each held unit.
	 */
	public Map<UUID, Map<Long, UUID>> held(Resource resource, Collection<UUID> resourceIds, long fromUnit,
			long toUnit) {
		Map<UUID, Map<Long, UUID>> held = new HashMap<>();
		if (resourceIds.isEmpty()) {
			return held;
		}
		this.jdbc.sql("""
				SELECT resource_id, unit_index, holder_id FROM service_holds
				WHERE resource_kind = :kind AND resource_id IN (:ids) AND unit_index >= :from AND unit_index < :to
				""")
			.param("kind", resource.name())
			.param("ids", new ArrayList<>(resourceIds))
			.param("from", fromUnit)
			.param("to", toUnit)
			.query(rs -> {
				held.computeIfAbsent(rs.getObject("resource_id", UUID.class), id -> new HashMap<>())
					.put(rs.getLong("unit_index"), rs.getObject("holder_id", UUID.class));
			});
		return held;
	}

	/**
	 * How many units from {@code fromUnit} on this resource is held for: before
	 * deactivating it.
	 */
	public long heldFrom(Resource resource, UUID resourceId, long fromUnit) {
		return this.jdbc.sql("""
				SELECT count(*) FROM service_holds WHERE resource_kind = ? AND resource_id = ? AND unit_index >= ?
				""").params(resource.name(), resourceId, fromUnit).query(Long.class).single();
	}

}
