package io.forecourt.service.repairs;

import java.time.Instant;

/** A step a repair order reached, when, and who moved it there. */
public record StepStamp(int seq, RepairStep step, Instant at, String movedBy) {
}
