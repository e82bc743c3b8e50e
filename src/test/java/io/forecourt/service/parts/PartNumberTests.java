package io.forecourt.service.parts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** OEM part numbers: trimmed and upper-cased, otherwise taken only as written. */
class PartNumberTests {

	@Test
	void partNumbersAreTrimmedAndUpperCased() {
		assertThat(PartNumber.parse("  hx1012010-01 ").value()).isEqualTo("HX1012010-01");
		assertThat(PartNumber.parse("04152-YZZA1").value()).isEqualTo("04152-YZZA1");
		assertThat(PartNumber.parse("1016051581").value()).isEqualTo("1016051581");
	}

	@Test
	void malformedPartNumbersAreRefusedSayingWhy() {
		for (String bad : new String[] { "1K0 698 151 A", "HX--1012", "-HX1012", "HX1012-", "ABCDEFG", "HX12",
				"HX.1012.010", "X" + "1".repeat(30), "配件12345" }) {
			assertThatIllegalArgumentException().as(bad)
				.isThrownBy(() -> PartNumber.parse(bad))
				.withMessageContaining("letters A-Z and digits");
		}
		assertThatIllegalArgumentException().isThrownBy(() -> PartNumber.parse(" ")).withMessage("is required");
	}

}
