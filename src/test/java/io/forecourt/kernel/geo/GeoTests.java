package io.forecourt.kernel.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class GeoTests {

	@ParameterizedTest
	@ValueSource(strings = { "110100", "310100", "440300", "500100", "510100", "820100" })
	void prefectureLevelCityCodesAreAccepted(String code) {
		assertThat(new CityCode(code).value()).isEqualTo(code);
	}

	@ParameterizedTest
	@ValueSource(strings = { "440000", "440305", "990100", "31010", "3101000", "abc123", "" })
	void provincesDistrictsAndMalformedCodesAreNotCities(String code) {
		assertThatThrownBy(() -> new CityCode(code)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theProvinceIsTheFirstTwoDigits() {
		assertThat(new CityCode("320500").province()).isEqualTo("32");
	}

	@Test
	void shanghaiToBeijingIsAboutElevenHundredKilometresAsTheCrowFlies() {
		GeoPoint shanghai = new GeoPoint(31.2304, 121.4737);
		GeoPoint beijing = new GeoPoint(39.9042, 116.4074);
		// Published great-circle distance between the two city centres: about 1,067 km.
		assertThat(shanghai.distanceKm(beijing)).isCloseTo(1067, within(5.0));
		assertThat(beijing.distanceKm(shanghai)).isCloseTo(shanghai.distanceKm(beijing), within(1e-9));
	}

	@Test
	void coordinatesOutsideTheGlobeAreRejected() {
		assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new GeoPoint(0, 181)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new GeoPoint(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
	}

}
