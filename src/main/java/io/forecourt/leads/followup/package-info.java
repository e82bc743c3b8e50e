/**
 * Working a lead after it reached a dealer: follow-ups (calls, WeChat, store visits, test
 * drives, notes) and the first contact that stops the SLA clock, consultants' re-grading,
 * defeat (战败) proposals and the manager's decision, and the reactivation of defeated
 * leads.
 */
@NullMarked
package io.forecourt.leads.followup;

import org.jspecify.annotations.NullMarked;
