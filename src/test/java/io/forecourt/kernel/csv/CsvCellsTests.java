package io.forecourt.kernel.csv;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Exported text cells never start what a spreadsheet would run as a formula. */
class CsvCellsTests {

	@Test
	void cellsAFormulaCouldStartWithBecomeText() {
		assertThat(CsvCells.text("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
		assertThat(CsvCells.text("+SUM(A1:A9)")).isEqualTo("'+SUM(A1:A9)");
		assertThat(CsvCells.text("-2+3")).isEqualTo("'-2+3");
		assertThat(CsvCells.text("@HYPERLINK(\"x\")")).isEqualTo("'@HYPERLINK(\"x\")");
		assertThat(CsvCells.text("\t=1+1")).isEqualTo("'\t=1+1");
		assertThat(CsvCells.text("\r=1+1")).isEqualTo("'\r=1+1");
	}

	@Test
	void everythingElseIsLeftAlone() {
		assertThat(CsvCells.text("autohome")).isEqualTo("autohome");
		assertThat(CsvCells.text("华夏 EV7 = 好车")).isEqualTo("华夏 EV7 = 好车");
		assertThat(CsvCells.text("")).isEmpty();
		assertThat(CsvCells.text(null)).isEmpty();
	}

}
