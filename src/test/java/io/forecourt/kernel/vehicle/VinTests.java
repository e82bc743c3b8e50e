package io.forecourt.kernel.vehicle;

import java.time.Year;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Check digits by hand: each character's value (A–H 1–8, J–N 1–5, P 7, R 9, S–Z 2–9,
 * digits themselves) times the weight of its position (8 7 6 5 4 3 2 10 0 9 8 7 6 5 4 3
 * 2), summed, mod 11, 10 written X.
 */
class VinTests {

	@ParameterizedTest
	@ValueSource(strings = {
			// The 49 CFR 565 textbook example (a 1989 coach):
			// 8+28+48+35+16+12+18+10+0+18+56+0+24+10+28+24+16 = 351 = 31*11 + 10 -> X
			"1M8GDM9AXKP042788",
			// A widely published 2003 Honda Accord:
			// 8+56+42+15+16+24+4+60+0+27+8+0+0+20+12+15+4 = 311 = 28*11 + 3 -> 3
			"1HGCM82633A004352",
			// A widely published 2007 Honda Accord from Japan:
			// 8+56+24+15+16+15+12+50+0+63+24+28+0+20+16+15+6 = 368 = 33*11 + 5 -> 5
			"JHMCM56557C404453",
			// Constructed Tesla Model 3 pattern (the commonly quoted ...EA7KF317000
			// fails):
			// 40+56+6+15+20+3+10+10+0+18+48+21+6+35+0+0+0 = 288 = 26*11 + 2 -> 2
			"5YJ3E1EA2KF317000",
			// Constructed FAW-Volkswagen VIN:
			// 24+42+30+10+4+6+2+20+0+18+24+0+0+0+0+0+2 = 182 = 16*11 + 6 -> 6
			"LFV2A21K6B3000001",
			// Constructed Tesla Shanghai VIN:
			// 24+63+36+15+20+21+10+10+0+36+24+0+0+0+0+0+2 = 261 = 23*11 + 8 -> 8
			"LRW3E7EA8MC000001" })
	void vinsWithACorrectCheckDigitAreAccepted(String vin) {
		assertThat(Vin.parse(vin).value()).isEqualTo(vin);
		assertThat(Vin.parse(vin).hasValidCheckDigit()).isTrue();
	}

	@Test
	void lowerCaseSpacesAndDashesAreNormalisedAway() {
		assertThat(Vin.parse(" 1m8gdm9a-xkp 042788 ")).isEqualTo(new Vin("1M8GDM9AXKP042788"));
	}

	@Test
	void aWrongCheckDigitIsRejectedNamingTheExpectedDigit() {
		assertThatThrownBy(() -> Vin.parse("5YJ3E1EA7KF317000")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("check digit")
			.hasMessageContaining("should be '2'");
	}

	@Test
	void aSingleMistypedCharacterIsCaughtByTheCheckDigit() {
		assertThatThrownBy(() -> Vin.parse("1M8GDM9AXKP042787")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("check digit");
	}

	@Test
	void aEuropeanVinWithoutACheckDigitIsAcceptedOnlyLeniently() {
		// Volkswagen Germany fills positions 4-6 and 9 with Z; position 9 is no check
		// digit.
		assertThatThrownBy(() -> Vin.parse("WVWZZZ1JZXW000001")).isInstanceOf(IllegalArgumentException.class);

		Vin european = Vin.parseLenient("WVWZZZ1JZXW000001");
		assertThat(european.hasValidCheckDigit()).isFalse();
		assertThat(european.manufacturer()).contains("Volkswagen");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1M8GDM9AXKP04278I", "1M8GDM9AXKO042788", "QM8GDM9AXKP042788" })
	void theLettersIOAndQAreRejected(String vin) {
		assertThatThrownBy(() -> Vin.parseLenient(vin)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("I, O and Q are excluded");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "1M8GDM9AXKP04278", "1M8GDM9AXKP0427881" })
	void aVinOfAnyLengthButSeventeenIsRejected(String vin) {
		assertThatThrownBy(() -> Vin.parseLenient(vin)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("not 17");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1m8gdm9axkp042788", "1M8GDM9AXKP04278*", "1M8GDM9AXKP04278O" })
	void theConstructorAcceptsOnlyTheCanonicalForm(String vin) {
		assertThatThrownBy(() -> new Vin(vin)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theSectionsAreDecoded() {
		Vin vin = Vin.parse("1M8GDM9AXKP042788");

		assertThat(vin.wmi()).isEqualTo("1M8");
		assertThat(vin.vds()).isEqualTo("GDM9AX");
		assertThat(vin.vis()).isEqualTo("KP042788");
		assertThat(vin.serial()).isEqualTo("042788");
	}

	@Test
	void wellKnownManufacturersAreNamedAndUnknownOnesAreEmpty() {
		assertThat(Vin.parse("LFV2A21K6B3000001").manufacturer()).contains("FAW-Volkswagen");
		assertThat(Vin.parse("LRW3E7EA8MC000001").manufacturer()).contains("Tesla Shanghai");
		assertThat(Vin.parse("5YJ3E1EA2KF317000").manufacturer()).contains("Tesla (Fremont)");
		assertThat(Vin.parse("1M8GDM9AXKP042788").manufacturer()).isEmpty();
		assertThat(Manufacturers.byWmi("lsv")).contains("SAIC Volkswagen");
	}

	@ParameterizedTest
	@CsvSource({ "1M8GDM9AXKP042788, 1990, 1989", "1M8GDM9AXKP042788, 2025, 2019", "1HGCM82633A004352, 2025, 2003",
			"JHMCM56557C404453, 2025, 2007", "LFV2A21K6B3000001, 2025, 2011", "LRW3E7EA8MC000001, 2025, 2021" })
	void theModelYearIsTheMostRecentMatchingYearAsOfTheReferenceYear(String vin, int reference, int modelYear) {
		assertThat(Vin.parse(vin).modelYear(Year.of(reference))).contains(Year.of(modelYear));
	}

	@ParameterizedTest
	@CsvSource({
			// Y is 2000 or 2030: 2030 only once it can be next year's model year.
			"Y, 2028, 2000", "Y, 2029, 2030",
			// A is 1980, 2010 or 2040.
			"A, 2038, 2010", "A, 2039, 2040",
			// 9 ends the cycle (2009); next year's models may already carry A.
			"9, 2009, 2009", "A, 2009, 2010", "A, 2008, 1980" })
	void theModelYearCycleTurnsOverOneYearAhead(char code, int reference, int modelYear) {
		Vin vin = new Vin("1M8GDM9AX" + code + "P042788");

		assertThat(vin.modelYear(Year.of(reference))).contains(Year.of(modelYear));
	}

	@ParameterizedTest
	@ValueSource(chars = { '0', 'U', 'Z' })
	void aPositionTenThatIsNoYearCodeHasNoModelYear(char code) {
		assertThat(new Vin("WVWZZZ1JZ" + code + "W000001").modelYear(Year.of(2025))).isEmpty();
	}

	@Test
	void theModelYearDefaultsToTheCurrentYear() {
		// K reads as 2019 from 2018 until 2047 (in 2048, 2049 models may be on sale).
		assertThat(Vin.parse("1M8GDM9AXKP042788").modelYear()).contains(Year.of(2019));
	}

	@Test
	void aManufacturerAssignsTheCheckDigitFromTheOtherSixteen() {
		// 1M8GDM9AXKP042788 is the textbook example (49 CFR 565): X is its check digit
		assertThat(Vin.withCheckDigit("1M8GDM9A0KP042788")).hasToString("1M8GDM9AXKP042788");
		Vin huaxia = Vin.withCheckDigit("lhx-e5b2e-?-th100001".replace("?", "0"));
		assertThat(huaxia.hasValidCheckDigit()).isTrue();
		assertThat(Vin.parse(huaxia.value())).isEqualTo(huaxia);
		assertThat(huaxia.manufacturer()).contains("Huaxia Motors");
		assertThat(huaxia.modelYear(Year.of(2026))).contains(Year.of(2026));
		assertThatThrownBy(() -> Vin.withCheckDigit("LHXE5B2E0TH10000I")).isInstanceOf(IllegalArgumentException.class);
	}

}
