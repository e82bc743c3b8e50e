package io.forecourt.kernel.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.forecourt.kernel.tenancy.AccessScope;
import org.jspecify.annotations.Nullable;

/**
 * Column conversions shared by {@link UserAccounts} and {@link ApiKeys}: both tables
 * store roles and scopes the same way. Timestamps go through {@link OffsetDateTime} in
 * UTC, which PostgreSQL and H2 both map to {@code TIMESTAMP WITH TIME ZONE} without
 * consulting the JVM's zone.
 */
final class Rows {

	private Rows() {
	}

	static String roles(Set<Role> roles) {
		return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
	}

	static Set<Role> roles(String column) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(column.split(","))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.map(Role::valueOf)
			.forEach(roles::add);
		return roles;
	}

	static AccessScope scope(ResultSet rs, String prefix) throws SQLException {
		return new AccessScope(AccessScope.Level.valueOf(rs.getString(prefix + "scope_level")),
				rs.getObject(prefix + "region_id", UUID.class), rs.getObject(prefix + "dealer_id", UUID.class));
	}

	static @Nullable OffsetDateTime time(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
