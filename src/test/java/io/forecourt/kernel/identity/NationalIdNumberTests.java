package io.forecourt.kernel.identity;

import java.time.LocalDate;

import io.forecourt.kernel.identity.NationalIdNumber.Gender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NationalIdNumberTests {

	/**
	 * ISO 7064 MOD 11-2 written as the standard states it, independently of the weight
	 * table in the class: each digit times 2^(18 - position) mod 11, check = (12 - sum
	 * mod 11) mod 11, with 10 written X.
	 */
	static String withCheckCharacter(String first17) {
		int sum = 0;
		for (int position = 1; position <= 17; position++) {
			int weight = java.math.BigInteger.TWO.pow(18 - position).mod(java.math.BigInteger.valueOf(11)).intValue();
			sum += (first17.charAt(position - 1) - '0') * weight;
		}
		int check = (12 - sum % 11) % 11;
		return first17 + ((check == 10) ? "X" : String.valueOf(check));
	}

	@Test
	void theTestHelperAgreesWithThePublishedExample() {
		// 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2; (12-2) mod 11 =
		// 10 -> X
		assertThat(withCheckCharacter("11010519491231002")).isEqualTo("11010519491231002X");
	}

	@Test
	void thePublishedExampleIsDecoded() {
		NationalIdNumber id = NationalIdNumber.parse("11010519491231002X");

		assertThat(id.regionCode()).isEqualTo("110105");
		assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(id.gender()).isEqualTo(Gender.FEMALE);
	}

	@Test
	void anOddSeventeenthDigitIsAMan() {
		// 21+18+0+5+0+24+2+9+48+15+0+9+0+5+8+20+10 = 194; 194 mod 11 = 7; (12-7) mod 11 =
		// 5
		NationalIdNumber id = NationalIdNumber.parse("320106198501011555");

		assertThat(id.gender()).isEqualTo(Gender.MALE);
		assertThat(id.birthDate()).isEqualTo(LocalDate.of(1985, 1, 1));
	}

	@Test
	void aLeapDayIsARealBirthDate() {
		String leapDay = withCheckCharacter("31011520000229000");

		assertThat(NationalIdNumber.parse(leapDay).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
	}

	@Test
	void aLowerCaseXIsAcceptedAndStoredUpperCase() {
		// 28+36+0+15+0+16+2+9+54+0+0+27+0+35+8+8+6 = 244; 244 mod 11 = 2 -> X
		assertThat(NationalIdNumber.parse(" 440304 19900307 123x ").value()).isEqualTo("44030419900307123X");
	}

	@Test
	void aWrongCheckCharacterIsRejected() {
		assertThatThrownBy(() -> NationalIdNumber.parse("110105194912310021"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("check character");
	}

	@Test
	void twoSwappedDigitsAreCaughtByTheCheckCharacter() {
		assertThatThrownBy(() -> NationalIdNumber.parse("11010519491213002X"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "11010519490231002", "11010519491301002", "11010519490000002", "31011519000229000" })
	void aBirthDateThatDoesNotExistIsRejected(String first17) {
		assertThatThrownBy(() -> NationalIdNumber.parse(withCheckCharacter(first17)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("not a real date");
	}

	@Test
	void aBirthDateInTheFutureIsRejected() {
		String dayAfterTomorrow = LocalDate.now().plusDays(2).toString().replace("-", "");

		assertThatThrownBy(() -> NationalIdNumber.parse(withCheckCharacter("110105" + dayAfterTomorrow + "001")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("in the future");
	}

	@Test
	void anOldFifteenDigitNumberIsRejectedWithAnExplanation() {
		assertThatThrownBy(() -> NationalIdNumber.parse("110105491231002")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("15-digit")
			.hasMessageContaining("18-digit");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "", "1101051949123100", "11010519491231002XX", "1101051949123100XX", "11010519491231002Y" })
	void anythingButSeventeenDigitsAndACheckCharacterIsRejected(String typed) {
		assertThatThrownBy(() -> NationalIdNumber.parse(typed)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void maskingShowsTheFirstThreeAndLastFourCharacters() {
		assertThat(NationalIdNumber.parse("11010519491231002X").masked()).isEqualTo("110***********002X").hasSize(18);
	}

	@Test
	void theNumberNeverAppearsInToStringOrErrorMessages() {
		assertThat(NationalIdNumber.parse("11010519491231002X")).hasToString("110***********002X");
		assertThatThrownBy(() -> NationalIdNumber.parse("110105194912310021")).message()
			.doesNotContain("110105194912310021");
	}

}
