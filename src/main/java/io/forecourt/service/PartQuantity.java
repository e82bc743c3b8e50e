package io.forecourt.service;

/** A quantity of one part, by its OEM part number, as the parts events carry it. */
public record PartQuantity(String partNumber, int quantity) {
}
