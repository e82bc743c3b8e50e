package io.forecourt.leads.sla;

import io.forecourt.leads.LeadGrade;

/**
 * How many minutes a dealer has to make first contact with a lead of this grade, and
 * again after a first breach.
 */
public record SlaPolicy(LeadGrade grade, int firstContactMinutes, long version) {
}
