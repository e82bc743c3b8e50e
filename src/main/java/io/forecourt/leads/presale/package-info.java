/**
 * Presale participants become leads: every batch the presale module hands over is
 * captured set-based (channel {@code presale}) exactly once per participant, a
 * reservation as a hot lead.
 */
@NullMarked
package io.forecourt.leads.presale;

import org.jspecify.annotations.NullMarked;
