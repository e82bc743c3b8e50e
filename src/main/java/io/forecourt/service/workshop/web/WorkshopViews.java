package io.forecourt.service.workshop.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.forecourt.service.workshop.Bay;
import io.forecourt.service.workshop.BayKind;
import io.forecourt.service.workshop.ServiceCategory;
import io.forecourt.service.workshop.ServiceRating;
import io.forecourt.service.workshop.ServiceType;
import io.forecourt.service.workshop.Skill;
import io.forecourt.service.workshop.Technician;
import org.jspecify.annotations.Nullable;

/** The workshop's records as the API shows them. */
final class WorkshopViews {

	private WorkshopViews() {
	}

	record BayView(UUID id, UUID dealerId, String code, String name, BayKind kind, boolean active, long version) {

		static BayView of(Bay b) {
			return new BayView(b.id(), b.dealerId(), b.code(), b.name(), b.kind(), b.active(), b.version());
		}

	}

	record TechnicianView(UUID id, UUID dealerId, String name, @Nullable UUID staffId, List<Skill> skills,
			boolean active, long version) {

		static TechnicianView of(Technician t) {
			return new TechnicianView(t.id(), t.dealerId(), t.name(), t.staffId(),
					t.skills().stream().sorted().toList(), t.active(), t.version());
		}

	}

	record ServiceTypeView(String code, ServiceCategory category, String nameZh, String nameEn, int standardMinutes,
			Skill requiredSkill, BayKind requiredBayKind, @Nullable Integer intervalKm,
			@Nullable Integer intervalMonths, boolean active, long version) {

		static ServiceTypeView of(ServiceType t) {
			return new ServiceTypeView(t.code(), t.category(), t.nameZh(), t.nameEn(), t.standardMinutes(),
					t.requiredSkill(), t.requiredBayKind(), t.intervalKm(), t.intervalMonths(), t.active(),
					t.version());
		}

	}

	record RatingView(UUID dealerId, BigDecimal rating, int reviews) {

		static RatingView of(ServiceRating r) {
			return new RatingView(r.dealerId(), r.rating(), r.reviews());
		}

	}

	/** A dealer's whole workshop in one answer. */
	record WorkshopView(UUID dealerId, List<BayView> bays, List<TechnicianView> technicians,
			List<ServiceTypeView> serviceTypes, @Nullable RatingView rating) {
	}

}
