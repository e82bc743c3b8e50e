package io.forecourt.service.satisfaction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** NPS = % promoters − % detractors, the response rate answers per survey sent. */
class NpsFiguresTests {

	@Test
	void npsIsThePromotersShareLessTheDetractorsShare() {
		NpsFigures figures = NpsFigures.of(10, 5, 2, 1);
		assertThat(figures.answered()).isEqualTo(8);
		// (5 - 1) / 8 = 50 %
		assertThat(figures.nps()).isEqualByComparingTo("50.0");
		assertThat(figures.responseRate()).isEqualByComparingTo("80.0");
	}

	@Test
	void onlyDetractorsIsMinusOneHundredAndThirdsAreRounded() {
		assertThat(NpsFigures.of(3, 0, 0, 3).nps()).isEqualByComparingTo("-100.0");
		assertThat(NpsFigures.of(3, 1, 1, 1).nps()).isEqualByComparingTo("0.0");
		assertThat(NpsFigures.of(3, 2, 1, 0).nps()).isEqualByComparingTo("66.7");
		assertThat(NpsFigures.of(3, 2, 1, 0).responseRate()).isEqualByComparingTo("100.0");
	}

	@Test
	void noAnswersNoScoreAndNothingSentNoRate() {
		assertThat(NpsFigures.of(4, 0, 0, 0).nps()).isNull();
		assertThat(NpsFigures.of(4, 0, 0, 0).responseRate()).isEqualByComparingTo("0.0");
		assertThat(NpsFigures.of(0, 0, 0, 0).responseRate()).isNull();
	}

}
