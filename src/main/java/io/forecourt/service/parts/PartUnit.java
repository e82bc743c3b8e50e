package io.forecourt.service.parts;

/**
 * The unit a part is stocked, reserved and priced in. Quantities are whole units: oil is
 * stocked by the litre, brake pads by the axle set, wiper blades by the pair.
 */
public enum PartUnit {

	PIECE, SET, PAIR, LITRE, KIT

}
