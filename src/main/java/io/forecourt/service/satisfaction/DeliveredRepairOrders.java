package io.forecourt.service.satisfaction;

import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.service.RepairOrderDelivered;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Creates the survey of each delivered repair order, after the delivery committed. */
@Component
class DeliveredRepairOrders {

	private final SatisfactionSurveys surveys;

	DeliveredRepairOrders(SatisfactionSurveys surveys) {
		this.surveys = surveys;
	}

	@ApplicationModuleListener
	void on(RepairOrderDelivered event) {
		CurrentAccess.asSystem(() -> this.surveys.create(event));
	}

}
