package io.forecourt.identity;

/**
 * Whether a customer may be contacted, with the reason to log or show (which consent and
 * when it was recorded, or why not).
 */
public record ContactDecision(boolean allowed, String reason) {
}
