package io.forecourt.kernel.vehicle;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Names for a few well-known world manufacturer identifiers, enough to label a VIN in the
 * console. Deliberately short: only WMIs we are sure of, with the Chinese joint ventures
 * our dealers see most. An unknown WMI is normal, not an error. Manufacturers building
 * fewer than 500 vehicles a year share WMIs ending in {@code 9} and are told apart by
 * positions 12–14, so they are not listed here.
 */
public final class Manufacturers {

	private static final Map<String, String> BY_WMI = Map.ofEntries(
			// China
			Map.entry("LFV", "FAW-Volkswagen"), Map.entry("LSV", "SAIC Volkswagen"),
			Map.entry("LSG", "SAIC General Motors"), Map.entry("LZW", "SAIC-GM-Wuling"),
			Map.entry("LSJ", "SAIC Motor (MG, Roewe)"), Map.entry("LVS", "Changan Ford"),
			Map.entry("LBV", "BMW Brilliance"), Map.entry("LE4", "Beijing Benz"), Map.entry("LRW", "Tesla Shanghai"),
			Map.entry("LGX", "BYD"), Map.entry("LJ1", "JAC"), Map.entry("L6T", "Geely"), Map.entry("LNB", "BAIC"),
			Map.entry("LVG", "GAC Toyota"), Map.entry("LHG", "GAC Honda"), Map.entry("LVH", "Dongfeng Honda"),
			Map.entry("LVV", "Chery"), Map.entry("LGW", "Great Wall Motor"),
			// Forecourt's demo OEM: not an assigned WMI, so demo VINs never name a real
			// maker
			Map.entry("LHX", "Huaxia Motors"),
			// North America
			Map.entry("1HG", "Honda (USA)"), Map.entry("1FA", "Ford (USA)"), Map.entry("1G1", "Chevrolet (USA)"),
			Map.entry("2HG", "Honda (Canada)"), Map.entry("3VW", "Volkswagen (Mexico)"),
			Map.entry("4T1", "Toyota (USA)"), Map.entry("5YJ", "Tesla (Fremont)"),
			// Japan and Korea
			Map.entry("JHM", "Honda (Japan)"), Map.entry("JN1", "Nissan (Japan)"), Map.entry("JM1", "Mazda"),
			Map.entry("JF1", "Subaru"), Map.entry("KMH", "Hyundai"), Map.entry("KNA", "Kia"),
			// Europe
			Map.entry("WVW", "Volkswagen"), Map.entry("WAU", "Audi"), Map.entry("WBA", "BMW"),
			Map.entry("WBS", "BMW M"), Map.entry("WMW", "MINI"), Map.entry("WDB", "Mercedes-Benz"),
			Map.entry("WDD", "Mercedes-Benz"), Map.entry("WP0", "Porsche"), Map.entry("SAJ", "Jaguar"),
			Map.entry("SAL", "Land Rover"), Map.entry("VF1", "Renault"), Map.entry("VF3", "Peugeot"),
			Map.entry("YV1", "Volvo Cars"), Map.entry("ZFA", "Fiat"), Map.entry("ZFF", "Ferrari"));

	private Manufacturers() {
	}

	/** The manufacturer for a three-character WMI (any case), if we know it. */
	public static Optional<String> byWmi(String wmi) {
		return Optional.ofNullable(BY_WMI.get(wmi.toUpperCase(Locale.ROOT)));
	}

}
