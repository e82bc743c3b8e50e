package io.forecourt.service.workshop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.forecourt.kernel.web.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The workshop tables: service_bays, service_technicians, service_types and
 * service_dealer_ratings. No scope here: {@link Workshop} checks the dealer first.
 */
@Repository
class WorkshopRecords {

	private final JdbcClient jdbc;

	WorkshopRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Bay bay) {
		this.jdbc.sql("""
				INSERT INTO service_bays (id, dealer_id, code, name, kind, active, version, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)
				""")
			.params(bay.id(), bay.dealerId(), bay.code(), bay.name(), bay.kind().name(), bay.active(),
					ts(bay.createdAt()), ts(bay.updatedAt()))
			.update();
	}

	void save(Bay bay) {
		int updated = this.jdbc.sql("""
				UPDATE service_bays SET name = ?, kind = ?, active = ?, updated_at = ?, version = version + 1
				WHERE id = ? AND version = ?
				""")
			.params(bay.name(), bay.kind().name(), bay.active(), ts(bay.updatedAt()), bay.id(), bay.version())
			.update();
		requireOne(updated, "Bay", bay.id());
	}

	Optional<Bay> bay(UUID id) {
		return this.jdbc.sql("SELECT * FROM service_bays WHERE id = ?").param(id).query((rs, n) -> bay(rs)).optional();
	}

	List<Bay> bays(UUID dealerId, boolean inactiveToo) {
		return this.jdbc
			.sql("SELECT * FROM service_bays WHERE dealer_id = ?" + (inactiveToo ? "" : " AND active = TRUE")
					+ " ORDER BY code")
			.param(dealerId)
			.query((rs, n) -> bay(rs))
			.list();
	}

	boolean bayCodeTaken(UUID dealerId, String code) {
		return this.jdbc.sql("SELECT count(*) FROM service_bays WHERE dealer_id = ? AND code = ?")
			.params(dealerId, code)
			.query(Long.class)
			.single() > 0;
	}

	void insert(Technician t) {
		this.jdbc.sql("""
				INSERT INTO service_technicians (id, dealer_id, name, staff_id, skills, active, version, created_at,
				    updated_at)
				VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)
				""")
			.params(t.id(), t.dealerId(), t.name(), t.staffId(), skills(t.skills()), t.active(), ts(t.createdAt()),
					ts(t.updatedAt()))
			.update();
	}

	void save(Technician t) {
		int updated = this.jdbc.sql("""
				UPDATE service_technicians SET name = ?, skills = ?, active = ?, updated_at = ?, version = version + 1
				WHERE id = ? AND version = ?
				""").params(t.name(), skills(t.skills()), t.active(), ts(t.updatedAt()), t.id(), t.version()).update();
		requireOne(updated, "Technician", t.id());
	}

	Optional<Technician> technician(UUID id) {
		return this.jdbc.sql("SELECT * FROM service_technicians WHERE id = ?")
			.param(id)
			.query((rs, n) -> technician(rs))
			.optional();
	}

	List<Technician> technicians(UUID dealerId, boolean inactiveToo) {
		return this.jdbc
			.sql("SELECT * FROM service_technicians WHERE dealer_id = ?" + (inactiveToo ? "" : " AND active = TRUE")
					+ " ORDER BY name, id")
			.param(dealerId)
			.query((rs, n) -> technician(rs))
			.list();
	}

	boolean staffLinked(UUID staffId) {
		return this.jdbc.sql("SELECT count(*) FROM service_technicians WHERE staff_id = ?")
			.param(staffId)
			.query(Long.class)
			.single() > 0;
	}

	void insert(ServiceType t) {
		this.jdbc
			.sql("""
					INSERT INTO service_types (dealer_id, code, category, name_zh, name_en, standard_minutes, required_skill,
					    required_bay_kind, interval_km, interval_months, active, version, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
					""")
			.params(t.dealerId(), t.code(), t.category().name(), t.nameZh(), t.nameEn(), t.standardMinutes(),
					t.requiredSkill().name(), t.requiredBayKind().name(), t.intervalKm(), t.intervalMonths(),
					t.active(), ts(t.updatedAt()))
			.update();
	}

	void save(ServiceType t) {
		int updated = this.jdbc.sql("""
				UPDATE service_types SET name_zh = ?, name_en = ?, standard_minutes = ?, required_skill = ?,
				    required_bay_kind = ?, interval_km = ?, interval_months = ?, active = ?, updated_at = ?,
				    version = version + 1
				WHERE dealer_id = ? AND code = ? AND version = ?
				""")
			.params(t.nameZh(), t.nameEn(), t.standardMinutes(), t.requiredSkill().name(), t.requiredBayKind().name(),
					t.intervalKm(), t.intervalMonths(), t.active(), ts(t.updatedAt()), t.dealerId(), t.code(),
					t.version())
			.update();
		requireOne(updated, "Service type", t.code());
	}

	Optional<ServiceType> serviceType(UUID dealerId, String code) {
		return this.jdbc.sql("SELECT * FROM service_types WHERE dealer_id = ? AND code = ?")
			.params(dealerId, code)
			.query((rs, n) -> serviceType(rs))
			.optional();
	}

	List<ServiceType> serviceTypes(UUID dealerId, boolean inactiveToo) {
		return this.jdbc
			.sql("SELECT * FROM service_types WHERE dealer_id = ?" + (inactiveToo ? "" : " AND active = TRUE")
					+ " ORDER BY category, code")
			.param(dealerId)
			.query((rs, n) -> serviceType(rs))
			.list();
	}

	/** The active service types of this code, by dealer. */
	Map<UUID, ServiceType> offering(String code) {
		return this.jdbc.sql("SELECT * FROM service_types WHERE code = ? AND active = TRUE")
			.param(code)
			.query((rs, n) -> serviceType(rs))
			.list()
			.stream()
			.collect(Collectors.toMap(ServiceType::dealerId, t -> t));
	}

	void saveRating(ServiceRating rating, String by) {
		int updated = this.jdbc
			.sql("UPDATE service_dealer_ratings SET rating = ?, reviews = ?, updated_at = ?, updated_by = ?"
					+ " WHERE dealer_id = ?")
			.params(rating.rating(), rating.reviews(), ts(rating.updatedAt()), by, rating.dealerId())
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO service_dealer_ratings (dealer_id, rating, reviews, updated_at, updated_by)
					VALUES (?, ?, ?, ?, ?)
					""")
				.params(rating.dealerId(), rating.rating(), rating.reviews(), ts(rating.updatedAt()), by)
				.update();
		}
	}

	Map<UUID, ServiceRating> ratings(Collection<UUID> dealerIds) {
		if (dealerIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("SELECT * FROM service_dealer_ratings WHERE dealer_id IN (:ids)")
			.param("ids", List.copyOf(dealerIds))
			.query((rs, n) -> new ServiceRating(rs.getObject("dealer_id", UUID.class), rs.getBigDecimal("rating"),
					rs.getInt("reviews"), instant(rs, "updated_at")))
			.list()
			.stream()
			.collect(Collectors.toMap(ServiceRating::dealerId, r -> r));
	}

	private static Bay bay(ResultSet rs) throws SQLException {
		return new Bay(rs.getObject("id", UUID.class), rs.getObject("dealer_id", UUID.class), rs.getString("code"),
				rs.getString("name"), BayKind.valueOf(rs.getString("kind")), rs.getBoolean("active"),
				rs.getLong("version"), instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	private static Technician technician(ResultSet rs) throws SQLException {
		String skills = rs.getString("skills");
		Set<Skill> set = EnumSet.noneOf(Skill.class);
		if (!skills.isBlank()) {
			Arrays.stream(skills.split(",")).map(Skill::valueOf).forEach(set::add);
		}
		return new Technician(rs.getObject("id", UUID.class), rs.getObject("dealer_id", UUID.class),
				rs.getString("name"), rs.getObject("staff_id", UUID.class), set, rs.getBoolean("active"),
				rs.getLong("version"), instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	private static ServiceType serviceType(ResultSet rs) throws SQLException {
		return new ServiceType(rs.getObject("dealer_id", UUID.class), rs.getString("code"),
				ServiceCategory.valueOf(rs.getString("category")), rs.getString("name_zh"), rs.getString("name_en"),
				rs.getInt("standard_minutes"), Skill.valueOf(rs.getString("required_skill")),
				BayKind.valueOf(rs.getString("required_bay_kind")), (Integer) rs.getObject("interval_km"),
				(Integer) rs.getObject("interval_months"), rs.getBoolean("active"), rs.getLong("version"),
				instant(rs, "updated_at"));
	}

	private static String skills(Set<Skill> skills) {
		return skills.stream().sorted().map(Skill::name).collect(Collectors.joining(","));
	}

	private static void requireOne(int updated, String what, Object id) {
		if (updated != 1) {
			throw new ProblemException(io.forecourt.kernel.web.ProblemType.PRECONDITION_FAILED,
					what + " " + id + " was changed by someone else; fetch it again and retry");
		}
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
