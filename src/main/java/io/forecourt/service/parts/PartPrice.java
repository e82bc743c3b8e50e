package io.forecourt.service.parts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One list price of a part, in force from {@code validFrom} until the next one. */
public record PartPrice(String partNumber, LocalDate validFrom, BigDecimal listPrice, String setBy, Instant setAt) {
}
