package io.forecourt.sales.stock;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.jdbc.Where;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.tenancy.RegionDirectory;
import io.forecourt.kernel.tenancy.ScopePredicate;
import io.forecourt.kernel.vehicle.Vin;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock as people read it, always within their scope: a dealer's staff see their dealer's
 * cars (also those on their way to it), a region its dealers', HQ all.
 */
@Service
@PreAuthorize("hasAuthority('PERM_SALES_READ')")
@Transactional(readOnly = true)
public class StockReads {

	private final StockVehicles vehicles;

	private final RegionDirectory regions;

	private final StockCalendar calendar;

	private final AuditLog audit;

	StockReads(StockVehicles vehicles, RegionDirectory regions, StockCalendar calendar, AuditLog audit) {
		this.vehicles = vehicles;
		this.regions = regions;
		this.calendar = calendar;
		this.audit = audit;
	}

	public StockVehicleView get(UUID id) {
		return this.vehicles.findVisible(id, scope())
			.map(v -> StockVehicleView.of(v, this.calendar))
			.orElseThrow(() -> this.audit.notFound(StockVehicleRegistry.VEHICLE, id,
					this.vehicles.findAnyById(id).isPresent()));
	}

	/**
	 * @throws ProblemException 400 for a malformed VIN, 404 for one not in the caller's
	 * stock
	 */
	public StockVehicleView byVin(String raw) {
		Vin vin;
		try {
			vin = Vin.parseLenient(raw);
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.validation("vin", String.valueOf(ex.getMessage()));
		}
		return this.vehicles.findVisibleByVin(vin, scope())
			.map(v -> StockVehicleView.of(v, this.calendar))
			.orElseThrow(() -> this.audit.notFound(StockVehicleRegistry.VEHICLE, vin,
					this.vehicles.idOfVin(vin).isPresent()));
	}

	/** In stock first (oldest arrival first), then in transit (soonest ETA first). */
	public Page<StockVehicleView> find(StockFilter filter, PageRequest page) {
		Where where = where(filter);
		return Page.of(this.vehicles.find(where, page), page, this.vehicles.count(where))
			.map(v -> StockVehicleView.of(v, this.calendar));
	}

	/**
	 * How many cars standing at their dealers fall in each ageing band, for the filter
	 * without its own ageing and status conditions.
	 */
	public Map<AgeingBucket, Long> ageingSummary(StockFilter filter) {
		StockFilter all = new StockFilter(filter.dealerId(), filter.modelCode(), filter.trimCode(), null, null, null,
				null, filter.vin());
		return this.vehicles.countByAgeing(() -> where(all), this.calendar);
	}

	private Where where(StockFilter filter) {
		Where where = Where.scoped(scope())
			.and("v.dealer_id = :dealerId", "dealerId", filter.dealerId())
			.and("v.model_code = :modelCode", "modelCode", upper(filter.modelCode()))
			.and("v.trim_code = :trimCode", "trimCode", upper(filter.trimCode()))
			.and("v.status = :status", "status", filter.status() == null ? null : filter.status().name())
			.andContains("v.vin LIKE :vin ESCAPE '\\'", "vin", upper(filter.vin()));
		if (filter.inTransit() != null) {
			where.and(filter.inTransit() ? "v.arrived_at IS NULL" : "v.arrived_at IS NOT NULL");
		}
		if (filter.ageing() != null) {
			StockVehicles.ageing(where, filter.ageing(), this.calendar, "age");
		}
		if (filter.minDaysInStock() != null) {
			if (filter.minDaysInStock() < 0) {
				throw ProblemException.validation("minDaysInStock", "must be 0 or more");
			}
			StockCalendar.ArrivalWindow window = this.calendar.arrivedBetweenDays(filter.minDaysInStock(), null);
			where.and("v.arrived_at IS NOT NULL AND v.status <> 'DELIVERED'")
				.and("v.arrived_at < :minDaysUntil", "minDaysUntil", java.sql.Timestamp.from(window.until()));
		}
		return where;
	}

	private ScopePredicate scope() {
		return ScopePredicate.ofDealer(CurrentAccess.scope(), "v.dealer_id", this.regions);
	}

	private static @org.jspecify.annotations.Nullable String upper(@org.jspecify.annotations.Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
	}

}
