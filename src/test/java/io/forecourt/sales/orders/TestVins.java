package io.forecourt.sales.orders;

import java.util.concurrent.atomic.AtomicLong;

import io.forecourt.kernel.vehicle.Vin;

/** Huaxia VINs (WMI LHX) with a correct check digit, a new serial each. */
public final class TestVins {

	private static final int[] WEIGHTS = { 8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2 };

	private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 900_000);

	private TestVins() {
	}

	public static Vin next() {
		String serial = String.format("%06d", SERIAL.incrementAndGet() % 1_000_000);
		String vin = "LHXE5LR2" + "0" + "T" + "H" + serial;
		return Vin.parse(vin.substring(0, 8) + checkDigit(vin) + vin.substring(9));
	}

	private static char checkDigit(String vin) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += value(vin.charAt(i)) * WEIGHTS[i];
		}
		int remainder = sum % 11;
		return remainder == 10 ? 'X' : (char) ('0' + remainder);
	}

	private static int value(char c) {
		if (Character.isDigit(c)) {
			return c - '0';
		}
		return switch (c) {
			case 'A', 'J' -> 1;
			case 'B', 'K', 'S' -> 2;
			case 'C', 'L', 'T' -> 3;
			case 'D', 'M', 'U' -> 4;
			case 'E', 'N', 'V' -> 5;
			case 'F', 'W' -> 6;
			case 'G', 'P', 'X' -> 7;
			case 'H', 'Y' -> 8;
			case 'R', 'Z' -> 9;
			default -> throw new IllegalArgumentException(String.valueOf(c));
		};
	}

}
