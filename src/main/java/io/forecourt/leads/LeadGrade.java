package io.forecourt.leads;

/**
 * Purchase intent, as the industry grades it: H buys within 7 days, A within 15, B within
 * 30, C later; O has ordered, F is defeated (lost). H to C come from scoring and
 * consultants' re-grading; O and F from what happens to the lead.
 */
public enum LeadGrade {

	H, A, B, C, O, F

}
