package io.forecourt.network.domain;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

/** A sales region of the OEM (华东, 华北, ...), managed by a region manager. */
public final class Region {

	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");

	private final UUID id;

	private final UUID oemId;

	private final String code;

	private final Instant createdAt;

	private String nameZh;

	private String nameEn;

	private long version;

	private Instant updatedAt;

	Region(UUID id, UUID oemId, String code, String nameZh, String nameEn, long version, Instant createdAt,
			Instant updatedAt) {
		this.id = id;
		this.oemId = oemId;
		this.code = code;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.version = version;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	public static Region create(UUID oemId, String code, String nameZh, String nameEn, Instant now) {
		if (!CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("code must be 2 to 20 of A-Z, 0-9 and '-'");
		}
		Region region = new Region(UUID.randomUUID(), oemId, code, nameZh, nameEn, 0, now, now);
		region.rename(nameZh, nameEn, now);
		return region;
	}

	public void rename(String nameZh, String nameEn, Instant now) {
		if (nameZh.isBlank() || nameEn.isBlank() || nameZh.length() > 100 || nameEn.length() > 100) {
			throw new IllegalArgumentException("names must be 1 to 100 characters");
		}
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.updatedAt = now;
	}

	void stored(long newVersion) {
		this.version = newVersion;
	}

	public UUID id() {
		return this.id;
	}

	public UUID oemId() {
		return this.oemId;
	}

	public String code() {
		return this.code;
	}

	public String nameZh() {
		return this.nameZh;
	}

	public String nameEn() {
		return this.nameEn;
	}

	public long version() {
		return this.version;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

}
