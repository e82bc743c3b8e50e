package io.forecourt.service.repairs;

import java.time.Instant;
import java.util.UUID;

import io.forecourt.identity.CustomerTimeline;
import io.forecourt.identity.TimelineEntry;
import io.forecourt.service.ExtraWorkDecided;
import io.forecourt.service.ExtraWorkRequested;
import io.forecourt.service.RepairOrderDelivered;
import io.forecourt.service.RepairOrderOpened;
import io.forecourt.service.RepairOrderStepChanged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts an owner's repair orders on their timeline after each change committed: opened,
 * every step, extra work asked for and decided, delivered with what was done.
 */
@Component
class RepairTimeline {

	static final String MODULE = "service";

	static final String REF = "service-repair-order";

	private final CustomerTimeline timeline;

	RepairTimeline(CustomerTimeline timeline) {
		this.timeline = timeline;
	}

	@ApplicationModuleListener
	void on(RepairOrderOpened event) {
		record(event.customerId(), event.openedAt(), "REPAIR_ORDER_OPENED",
				"Repair order opened" + vehicle(event.plate(), event.vin())
						+ (event.mileageKm() == null ? "" : ", " + event.mileageKm() + " km")
						+ (event.appointmentId() == null ? " (walk-in)" : ""),
				event.repairOrderId());
	}

	@ApplicationModuleListener
	void on(RepairOrderStepChanged event) {
		if (event.to().equals(RepairStep.DELIVERED.name())) {
			return; // the delivery entry says it with the work done
		}
		record(event.customerId(), event.at(), "REPAIR_ORDER_STEP",
				"Repair order moved from " + event.from() + " to " + event.to() + " by " + event.movedBy(),
				event.repairOrderId());
	}

	@ApplicationModuleListener
	void on(ExtraWorkRequested event) {
		record(event.customerId(), event.requestedAt(), "REPAIR_EXTRA_WORK_REQUESTED",
				"Extra work proposed for " + event.amount() + " yuan: " + String.join("; ", event.work()),
				event.repairOrderId());
	}

	@ApplicationModuleListener
	void on(ExtraWorkDecided event) {
		record(event.customerId(), event.decidedAt(), "REPAIR_EXTRA_WORK_DECIDED",
				"Owner approved " + event.approved().size() + " (" + event.approvedAmount() + " yuan) and declined "
						+ event.declined().size() + " extra line(s)",
				event.repairOrderId());
	}

	@ApplicationModuleListener
	void on(RepairOrderDelivered event) {
		record(event.customerId(), event.deliveredAt(), "REPAIR_ORDER_DELIVERED",
				"Vehicle delivered" + vehicle(event.plate(), event.vin()) + ", " + event.total() + " yuan: "
						+ String.join("; ", event.work()),
				event.repairOrderId());
	}

	private void record(UUID customerId, Instant at, String type, String summary, UUID repairOrderId) {
		this.timeline.record(new TimelineEntry(customerId, at, MODULE, type,
				summary.length() > 300 ? summary.substring(0, 297) + "..." : summary, REF, repairOrderId.toString(),
				null));
	}

	private static String vehicle(@org.jspecify.annotations.Nullable String plate,
			@org.jspecify.annotations.Nullable String vin) {
		return plate != null ? " (" + plate + ")" : vin != null ? " (" + vin + ")" : "";
	}

}
