package io.forecourt.identity.domain;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes of the profile a person edits. */
@Repository
class Profiles {

	private final JdbcClient jdbc;

	Profiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A profile as edited: every field replaced, blanks cleared. */
	record Profile(@Nullable String name, @Nullable String gender, @Nullable LocalDate birthday,
			@Nullable String cityCode, @Nullable String household, @Nullable UUID preferredDealerId,
			@Nullable String preferredLanguage, String lifecycleStage) {
	}

	/**
	 * Replaces the profile if the row is still at {@code version}.
	 * @return whether it was (false: someone changed it meanwhile)
	 */
	boolean replace(UUID id, long version, Profile profile, Instant now) {
		return this.jdbc
			.sql("UPDATE customers SET name = :name, gender = :gender, birthday = :birthday, city_code = :city,"
					+ " household = :household, preferred_dealer_id = :dealer, preferred_language = :language,"
					+ " lifecycle_stage = :stage, updated_at = :now, version = version + 1"
					+ " WHERE id = :id AND version = :version")
			.param("name", profile.name(), Types.VARCHAR)
			.param("gender", profile.gender(), Types.VARCHAR)
			.param("birthday", profile.birthday() == null ? null : Date.valueOf(profile.birthday()), Types.DATE)
			.param("city", profile.cityCode(), Types.CHAR)
			.param("household", profile.household(), Types.VARCHAR)
			.param("dealer", profile.preferredDealerId(), Types.OTHER)
			.param("language", profile.preferredLanguage(), Types.VARCHAR)
			.param("stage", profile.lifecycleStage())
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

}
