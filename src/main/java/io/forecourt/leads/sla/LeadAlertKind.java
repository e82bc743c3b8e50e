package io.forecourt.leads.sla;

/** What a dealer's managers are told about. */
public enum LeadAlertKind {

	/** A lead was not contacted in time; the dealer has a second window. */
	SLA_BREACHED,

	/** A lead missed its second window too and went back to HQ. */
	LEAD_RECLAIMED,

	/** A consultant proposes to give a lead up; a manager decides. */
	DEFEAT_PROPOSED

}
