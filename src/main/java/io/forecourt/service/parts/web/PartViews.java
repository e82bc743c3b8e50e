package io.forecourt.service.parts.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.forecourt.service.parts.Part;
import io.forecourt.service.parts.PartPrice;
import io.forecourt.service.parts.PartReservation;
import io.forecourt.service.parts.PartUnit;
import io.forecourt.service.parts.ReservationStatus;
import io.forecourt.service.parts.StockLevel;
import org.jspecify.annotations.Nullable;

/** Parts as the API shows them. */
final class PartViews {

	private PartViews() {
	}

	/**
	 * @param listPrice yuan, in force today
	 * @param prices every price, latest first (on a single part only)
	 */
	record PartView(String partNumber, String nameZh, String nameEn, PartUnit unit, @Nullable String supersededBy,
			@Nullable BigDecimal listPrice, @Nullable LocalDate priceValidFrom, long version,
			@Nullable List<PriceView> prices) {

		static PartView of(Part part) {
			return of(part, null);
		}

		static PartView of(Part part, @Nullable List<PartPrice> prices) {
			return new PartView(part.partNumber(), part.nameZh(), part.nameEn(), part.unit(), part.supersededBy(),
					part.listPrice(), part.priceValidFrom(), part.version(),
					prices == null ? null : prices.stream().map(PriceView::of).toList());
		}

	}

	record PriceView(LocalDate validFrom, BigDecimal listPrice, String setBy, Instant setAt) {

		static PriceView of(PartPrice price) {
			return new PriceView(price.validFrom(), price.listPrice(), price.setBy(), price.setAt());
		}

	}

	/**
	 * @param available on hand less reserved: what repair orders can still reserve
	 * @param low available is below the reorder point
	 * @param lowSince when it fell below, while it is
	 */
	record StockView(UUID dealerId, String partNumber, String nameZh, String nameEn, PartUnit unit,
			@Nullable String supersededBy, int onHand, int reserved, int available, int reorderPoint,
			int reorderQuantity, @Nullable String binLocation, boolean low, @Nullable Instant lowSince, long version,
			Instant updatedAt) {

		static StockView of(StockLevel s) {
			return new StockView(s.dealerId(), s.partNumber(), s.nameZh(), s.nameEn(), s.unit(), s.supersededBy(),
					s.onHand(), s.reserved(), s.available(), s.reorderPoint(), s.reorderQuantity(), s.binLocation(),
					s.low(), s.lowSince(), s.version(), s.updatedAt());
		}

	}

	record ReservationView(UUID repairOrderId, UUID dealerId, String partNumber, int quantity, ReservationStatus status,
			Instant reservedAt, Instant changedAt) {

		static ReservationView of(PartReservation r) {
			return new ReservationView(r.repairOrderId(), r.dealerId(), r.partNumber(), r.quantity(), r.status(),
					r.reservedAt(), r.changedAt());
		}

	}

}
