package io.forecourt.network.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.forecourt.kernel.contact.PhoneNumber;
import io.forecourt.kernel.jdbc.Where;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.tenancy.ScopePredicate;
import io.forecourt.kernel.web.ETags;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stored staff. Reads are scoped through the staff member's dealer: HQ sees everyone, a
 * region manager the staff of their region's dealers, dealer staff their colleagues.
 */
@Repository
public class StaffMembers {

	private static final String SELECT = "SELECT s.* FROM staff s JOIN dealers d ON d.id = s.dealer_id WHERE ";

	private final JdbcClient jdbc;

	StaffMembers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Staff> findVisible(UUID id) {
		ScopePredicate visible = visible();
		return this.jdbc.sql(SELECT + "s.id = :id AND " + visible.sql())
			.params(visible.params())
			.param("id", id)
			.query(StaffMembers::map)
			.optional();
	}

	public Page<Staff> search(StaffSearch search, PageRequest page) {
		Where where = Where.scoped(visible())
			.andContains("lower(s.name) LIKE :text ESCAPE '\\'", "text", search.text())
			.and("s.dealer_id = :dealerId", "dealerId", search.dealerId())
			.and("(',' || s.roles || ',') LIKE :role", "role",
					search.role() == null ? null : "%," + search.role().name() + ",%")
			.and("s.active = :active", "active", search.active());
		long total = this.jdbc
			.sql("SELECT count(*) FROM staff s JOIN dealers d ON d.id = s.dealer_id WHERE " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		List<Staff> items = this.jdbc.sql(SELECT + where.sql() + " ORDER BY s.name, s.id LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(StaffMembers::map)
			.list();
		return Page.of(items, page, total);
	}

	/**
	 * Active staff of a dealer holding a role, regardless of scope: for assigning work.
	 */
	public List<Staff> findActiveUnscoped(UUID dealerId, Role role) {
		return this.jdbc
			.sql("SELECT s.* FROM staff s WHERE s.dealer_id = ? AND s.active = TRUE"
					+ " AND (',' || s.roles || ',') LIKE ? ORDER BY s.name, s.id")
			.params(dealerId, "%," + role.name() + ",%")
			.query(StaffMembers::map)
			.list();
	}

	/**
	 * The names of these staff members (active or not), regardless of scope: for
	 * labelling another module's figures.
	 */
	public Map<UUID, String> namesUnscoped(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<UUID, String> names = new HashMap<>();
		this.jdbc.sql("SELECT s.id, s.name FROM staff s WHERE s.id IN (:ids)").param("ids", ids).query((rs) -> {
			names.put(rs.getObject("id", UUID.class), rs.getString("name"));
		});
		return names;
	}

	public boolean exists(UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM staff WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

	public void insert(Staff staff) {
		this.jdbc
			.sql("INSERT INTO staff (id, dealer_id, name, phone, email, roles, active, version, created_at,"
					+ " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")
			.params(staff.id(), staff.dealerId(), staff.details().name(), staff.details().phone().e164(),
					staff.details().email(), roles(staff.details().roles()), staff.active(),
					Timestamp.from(staff.createdAt()), Timestamp.from(staff.updatedAt()))
			.update();
	}

	/**
	 * Saves a change made on top of {@code expectedVersion}; fails if someone else got
	 * there first.
	 */
	public void update(Staff staff, long expectedVersion) {
		int updated = this.jdbc
			.sql("UPDATE staff SET name = ?, phone = ?, email = ?, roles = ?, active = ?, updated_at = ?,"
					+ " version = version + 1 WHERE id = ? AND version = ?")
			.params(staff.details().name(), staff.details().phone().e164(), staff.details().email(),
					roles(staff.details().roles()), staff.active(), Timestamp.from(staff.updatedAt()), staff.id(),
					expectedVersion)
			.update();
		if (updated == 0) {
			throw ETags.stale("Staff", staff.id());
		}
		staff.stored(expectedVersion + 1);
	}

	private static String roles(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
	}

	private static ScopePredicate visible() {
		return ScopePredicate.ofDealerAndRegion(CurrentAccess.scope(), "d.id", "d.region_id");
	}

	private static Staff map(ResultSet rs, int row) throws SQLException {
		Set<Role> roles = Arrays.stream(rs.getString("roles").split(","))
			.map(Role::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
		Staff.StaffDetails details = new Staff.StaffDetails(rs.getString("name"),
				new PhoneNumber(rs.getString("phone")), rs.getString("email"), roles);
		return new Staff(rs.getObject("id", UUID.class), rs.getObject("dealer_id", UUID.class), details,
				rs.getBoolean("active"), rs.getLong("version"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

}
