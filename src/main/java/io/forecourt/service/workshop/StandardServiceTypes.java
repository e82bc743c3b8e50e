package io.forecourt.service.workshop;

import java.util.List;

import io.forecourt.service.workshop.WorkshopRequests.NewServiceType;

/**
 * The service types every Huaxia workshop offers unless its manager changes them: what
 * the demo workshops start with and what a manager adds in one step. The codes are the
 * same at every dealer, so the brand app and the dealer recommendation ask for them by
 * code.
 */
public final class StandardServiceTypes {

	/** Minor service: every 10,000 km or 12 months. */
	public static final String MINOR_SERVICE = "MAINT-MINOR";

	public static final String MAJOR_SERVICE = "MAINT-MAJOR";

	public static final String GENERAL_REPAIR = "REPAIR-GENERAL";

	public static final String TYRE_CHANGE = "TYRE-CHANGE";

	public static final String BATTERY_CHECK = "BATTERY-CHECK";

	public static final String PDI = "PDI";

	public static final String RECALL = "RECALL-2026-BMS";

	public static final List<NewServiceType> ALL = List.of(
			new NewServiceType(MINOR_SERVICE, "MAINTENANCE", "小保养", "Minor service", 60, "MAINTENANCE", "GENERAL",
					10_000, 12),
			new NewServiceType(MAJOR_SERVICE, "MAINTENANCE", "大保养", "Major service", 120, "MAINTENANCE", "GENERAL",
					40_000, 24),
			new NewServiceType(GENERAL_REPAIR, "REPAIR", "一般维修", "General repair", 180, "MECHANICAL", "GENERAL", null,
					null),
			new NewServiceType(TYRE_CHANGE, "TYRE", "轮胎更换", "Tyre change", 45, "TYRE", "TYRE", null, null),
			new NewServiceType(BATTERY_CHECK, "BATTERY_CHECK", "动力电池检测", "High-voltage battery check", 60,
					"HIGH_VOLTAGE", "EV", 20_000, 12),
			new NewServiceType(PDI, "PDI", "交车前检查", "Pre-delivery inspection", 90, "INSPECTION", "GENERAL", null, null),
			new NewServiceType(RECALL, "RECALL", "召回：电池管理系统软件升级", "Recall: battery management software update", 45,
					"ELECTRICAL", "EV", null, null));

	private StandardServiceTypes() {
	}

}
