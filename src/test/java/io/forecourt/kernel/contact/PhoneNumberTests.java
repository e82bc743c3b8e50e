package io.forecourt.kernel.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "13800138000", "138 0013 8000", "138-0013-8000", "+86 138 0013 8000", "+8613800138000",
			"0086 13800138000", "008613800138000", "１３８００１３８０００", " 13800138000 " })
	void everyWayOfWritingAChineseMobileNormalisesToTheSameE164(String typed) {
		assertThat(PhoneNumber.parse(typed).e164()).isEqualTo("+8613800138000");
	}

	@Test
	void aLandlineWithItsAreaCodeIsKeptWithTheAreaCode() {
		PhoneNumber shanghai = PhoneNumber.parse("021-6234 5678");
		assertThat(shanghai.e164()).isEqualTo("+862162345678");
		assertThat(shanghai.isMobile()).isFalse();
	}

	@Test
	void mobileNumbersAreRecognised() {
		assertThat(PhoneNumber.parse("13800138000").isMobile()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "13800138000", "+86 138 0013 8000", "021-6234 5678", "+1 650 253 0000", "0086 19912345678" })
	void readingOnceAgreesWithParsingAndAskingWhetherMobile(String typed) {
		PhoneNumber.Reading reading = PhoneNumber.read(typed);
		assertThat(reading.number()).isEqualTo(PhoneNumber.parse(typed));
		assertThat(reading.mobile()).isEqualTo(PhoneNumber.parse(typed).isMobile());
	}

	@Test
	void readingTellsAMobileFromALandline() {
		assertThat(PhoneNumber.read("13800138000").mobile()).isTrue();
		assertThat(PhoneNumber.read("021-6234 5678").mobile()).isFalse();
		assertThatThrownBy(() -> PhoneNumber.read("12345")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("not a valid phone number");
	}

	@Test
	void maskingHidesTheMiddleDigits() {
		assertThat(PhoneNumber.parse("13800138000").masked()).isEqualTo("138****8000");
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345", "1380013800", "abc", "", "+86 999 0000 0000" })
	void invalidNumbersAreRejected(String typed) {
		assertThatThrownBy(() -> PhoneNumber.parse(typed)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("not a valid phone number");
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345", "1380013800", "abc", "", "+86 999 0000 0000", "+1 200 555 0100", "+44 7700 900",
			"17001234567890" })
	void readingRejectsWhatParsingRejects(String typed) {
		assertThatThrownBy(() -> PhoneNumber.read(typed)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("not a valid phone number");
		assertThatThrownBy(() -> PhoneNumber.parse(typed)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void onlyE164CanBeConstructedDirectly() {
		assertThatThrownBy(() -> new PhoneNumber("13800138000")).isInstanceOf(IllegalArgumentException.class);
	}

	/**
	 * The hand-read plain form agrees with libphonenumber's parse for every prefix a
	 * Chinese mobile can start with (and those it cannot), with and without +86, and
	 * leaves every other form to it.
	 */
	@Test
	void plainChineseMobilesAreReadAsLibphonenumberReadsThem() throws Exception {
		PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
		Random random = new Random(86);
		List<String> typed = new ArrayList<>();
		for (int prefix = 100; prefix <= 199; prefix++) {
			String number = prefix + String.format("%08d", random.nextInt(100_000_000));
			typed.add(number);
			typed.add("+86" + number);
		}
		int valid = 0;
		for (String number : typed) {
			assertThat(PhoneNumber.plainChineseMobile(number)).as(number).isEqualTo(phones.parse(number, "CN"));
			if (phones.isValidNumber(phones.parse(number, "CN"))) {
				valid++;
				assertThat(PhoneNumber.read(number).number()).isEqualTo(PhoneNumber.parse(number));
			}
			else {
				assertThatThrownBy(() -> PhoneNumber.read(number)).isInstanceOf(IllegalArgumentException.class);
			}
		}
		// both kinds were met: prefixes in the plan and prefixes not in it
		assertThat(valid).isPositive().isLessThan(typed.size());
	}

	@ParameterizedTest
	@ValueSource(strings = { "8613800138000", "138 0013 8000", "138-0013-8000", "０１３８００１３８０００", "1380013800",
			"+8613800138000x12", "+8602162345678", "021-6234 5678", "+1 650 253 0000", "23800138000" })
	void otherFormsAreLeftToLibphonenumber(String typed) {
		assertThat(PhoneNumber.plainChineseMobile(typed)).isNull();
	}

}
