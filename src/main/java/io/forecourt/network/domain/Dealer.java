package io.forecourt.network.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import io.forecourt.network.DealerRegistered;
import io.forecourt.network.DealerStatus;
import io.forecourt.network.DealerStatusChanged;

/**
 * A dealer of the network. Its code never changes once registered (DMS and ERP systems
 * key on it); everything else HQ maintains through {@link #revise}. Suspension stops new
 * work reaching the dealer.
 */
public final class Dealer {

	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,19}");

	private final UUID id;

	private final UUID oemId;

	private final String code;

	private final Instant createdAt;

	private UUID regionId;

	private DealerProfile profile;

	private DealerStatus status;

	private long version;

	private Instant updatedAt;

	private final List<Object> events = new ArrayList<>();

	private Dealer(UUID id, UUID oemId, UUID regionId, String code, DealerProfile profile, DealerStatus status,
			long version, Instant createdAt, Instant updatedAt) {
		this.id = id;
		this.oemId = oemId;
		this.regionId = regionId;
		this.code = code;
		this.profile = profile;
		this.status = status;
		this.version = version;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	public static Dealer register(UUID oemId, UUID regionId, String code, DealerProfile profile, Instant now) {
		if (!isValidCode(code)) {
			throw new IllegalArgumentException("code must be 3 to 20 of A-Z, 0-9 and '-'");
		}
		Dealer dealer = new Dealer(UUID.randomUUID(), oemId, regionId, code, profile, DealerStatus.ACTIVE, 0, now, now);
		dealer.events.add(new DealerRegistered(dealer.id, regionId, code, profile.city().value()));
		return dealer;
	}

	/** Rebuilds a stored dealer; no events. */
	static Dealer restore(UUID id, UUID oemId, UUID regionId, String code, DealerProfile profile, DealerStatus status,
			long version, Instant createdAt, Instant updatedAt) {
		return new Dealer(id, oemId, regionId, code, profile, status, version, createdAt, updatedAt);
	}

	public static boolean isValidCode(String code) {
		return CODE.matcher(code).matches();
	}

	public void revise(UUID regionId, DealerProfile profile, Instant now) {
		this.regionId = regionId;
		this.profile = profile;
		this.updatedAt = now;
	}

	public void changeStatus(DealerStatus newStatus, Instant now) {
		if (newStatus == this.status) {
			return;
		}
		this.events.add(new DealerStatusChanged(this.id, this.status, newStatus));
		this.status = newStatus;
		this.updatedAt = now;
	}

	/** The events registered since the last call; the caller publishes them. */
	public List<Object> takeEvents() {
		List<Object> taken = List.copyOf(this.events);
		this.events.clear();
		return taken;
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

	public UUID regionId() {
		return this.regionId;
	}

	public String code() {
		return this.code;
	}

	public DealerProfile profile() {
		return this.profile;
	}

	public DealerStatus status() {
		return this.status;
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
