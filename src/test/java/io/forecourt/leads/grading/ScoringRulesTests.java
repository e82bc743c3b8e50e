package io.forecourt.leads.grading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.forecourt.leads.LeadGrade;
import io.forecourt.leads.grading.GradeResult.Contribution;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static io.forecourt.leads.grading.PurchaseTimeframe.LATER;
import static io.forecourt.leads.grading.PurchaseTimeframe.UNKNOWN;
import static io.forecourt.leads.grading.PurchaseTimeframe.WITHIN_15_DAYS;
import static io.forecourt.leads.grading.PurchaseTimeframe.WITHIN_7_DAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Scoring as a pure calculation, with the shipped defaults unless a test says otherwise.
 */
class ScoringRulesTests {

	static final GradeThresholds THRESHOLDS = new GradeThresholds(70, 50, 30, -1000);

	static final List<ScoringRule> DEFAULTS = List.of(
			rule("purchase-within-7-days", ScoringFactor.PURCHASE_TIME, "WITHIN_7_DAYS", 50),
			rule("purchase-within-15-days", ScoringFactor.PURCHASE_TIME, "WITHIN_15_DAYS", 35),
			rule("purchase-within-30-days", ScoringFactor.PURCHASE_TIME, "WITHIN_30_DAYS", 20),
			rule("purchase-later", ScoringFactor.PURCHASE_TIME, "LATER", 5),
			rule("test-drive-requested", ScoringFactor.TEST_DRIVE, "true", 20),
			rule("budget-150k", ScoringFactor.BUDGET, "150000", 10),
			rule("budget-300k", ScoringFactor.BUDGET, "300000", 15),
			rule("channel-presale", ScoringFactor.CHANNEL, "presale", 15),
			rule("channel-unknown", ScoringFactor.CHANNEL, "unknown", -5),
			rule("activity-3", ScoringFactor.ACTIVITY, "3", 10), rule("activity-1", ScoringFactor.ACTIVITY, "1", 5));

	static ScoringRule rule(String id, ScoringFactor factor, String matchValue, int points) {
		return new ScoringRule(id, factor, matchValue, points, "rule " + id, true, 0, Instant.EPOCH);
	}

	static LeadFacts facts(PurchaseTimeframe timeframe, boolean testDrive, @Nullable Integer budget,
			@Nullable String model, String channel, int activity) {
		return new LeadFacts(timeframe, testDrive, budget == null ? null : BigDecimal.valueOf(budget), model, channel,
				activity);
	}

	static GradeResult score(LeadFacts facts) {
		return new ScoringRules(DEFAULTS, THRESHOLDS).score(facts);
	}

	static List<String> rulesOf(GradeResult result) {
		return result.contributions().stream().map(Contribution::rule).toList();
	}

	@Test
	void aHotLeadBuyingWithinSevenDaysWithATestDriveIsH() {
		GradeResult result = score(facts(WITHIN_7_DAYS, true, null, null, "douyin", 0));
		assertThat(result.grade()).isEqualTo(LeadGrade.H);
		assertThat(result.score()).isEqualTo(70);
		assertThat(result.contributions()).containsExactly(
				new Contribution("purchase-within-7-days", "rule purchase-within-7-days", 50),
				new Contribution("test-drive-requested", "rule test-drive-requested", 20));
	}

	@Test
	void theExplanationListsExactlyTheRulesThatMatchedWithTheirPoints() {
		GradeResult result = score(facts(WITHIN_15_DAYS, false, 200_000, null, "presale", 2));
		assertThat(result.contributions()).containsExactly(
				new Contribution("purchase-within-15-days", "rule purchase-within-15-days", 35),
				new Contribution("budget-150k", "rule budget-150k", 10),
				new Contribution("channel-presale", "rule channel-presale", 15),
				new Contribution("activity-1", "rule activity-1", 5));
		assertThat(result.score()).isEqualTo(65);
		assertThat(result.grade()).isEqualTo(LeadGrade.A);
	}

	@Test
	void onlyTheHighestMatchingBudgetRuleCounts() {
		assertThat(rulesOf(score(facts(UNKNOWN, false, 300_000, null, "x", 0)))).containsExactly("budget-300k");
		assertThat(rulesOf(score(facts(UNKNOWN, false, 299_999, null, "x", 0)))).containsExactly("budget-150k");
		assertThat(rulesOf(score(facts(UNKNOWN, false, 149_999, null, "x", 0)))).isEmpty();
	}

	@Test
	void anUnstatedBudgetMatchesNoBudgetRule() {
		assertThat(rulesOf(score(facts(UNKNOWN, false, null, null, "x", 0)))).isEmpty();
	}

	@Test
	void onlyTheHighestMatchingActivityRuleCounts() {
		assertThat(score(facts(UNKNOWN, false, null, null, "x", 7)).contributions())
			.containsExactly(new Contribution("activity-3", "rule activity-3", 10));
		assertThat(rulesOf(score(facts(UNKNOWN, false, null, null, "x", 1)))).containsExactly("activity-1");
		assertThat(rulesOf(score(facts(UNKNOWN, false, null, null, "x", 0)))).isEmpty();
	}

	@Test
	void aTestDriveRuleMatchesOnlyWhenATestDriveWasRequested() {
		assertThat(rulesOf(score(facts(UNKNOWN, true, null, null, "x", 0)))).containsExactly("test-drive-requested");
		assertThat(rulesOf(score(facts(UNKNOWN, false, null, null, "x", 0)))).isEmpty();
	}

	@Test
	void everyMatchingModelRuleCountsAndModelsMatchIgnoringCase() {
		ScoringRules rules = new ScoringRules(List.of(rule("model-han", ScoringFactor.MODEL, "Han EV", 8),
				rule("model-han-promo", ScoringFactor.MODEL, "han ev", 4),
				rule("model-tang", ScoringFactor.MODEL, "Tang", 3)), THRESHOLDS);
		GradeResult result = rules.score(facts(UNKNOWN, false, null, " HAN EV ", "x", 0));
		assertThat(rulesOf(result)).containsExactly("model-han", "model-han-promo");
		assertThat(result.score()).isEqualTo(12);
		assertThat(rulesOf(rules.score(facts(UNKNOWN, false, null, null, "x", 0)))).isEmpty();
	}

	@Test
	void aLowQualityChannelSubtractsPoints() {
		GradeResult result = score(facts(UNKNOWN, false, null, null, "Unknown", 0));
		assertThat(result.contributions())
			.containsExactly(new Contribution("channel-unknown", "rule channel-unknown", -5));
		assertThat(result.score()).isEqualTo(-5);
		assertThat(result.grade()).isEqualTo(LeadGrade.C);
	}

	@Test
	void inactiveRulesNeverScore() {
		ScoringRule inactive = new ScoringRule("purchase-later", ScoringFactor.PURCHASE_TIME, "LATER", 5, "later",
				false, 0, Instant.EPOCH);
		assertThat(new ScoringRules(List.of(inactive), THRESHOLDS).score(facts(LATER, false, null, null, "x", 0))
			.contributions()).isEmpty();
	}

	@Test
	void eachGradeStartsExactlyAtItsMinimumScore() {
		assertThat(THRESHOLDS.gradeFor(70)).isEqualTo(LeadGrade.H);
		assertThat(THRESHOLDS.gradeFor(69)).isEqualTo(LeadGrade.A);
		assertThat(THRESHOLDS.gradeFor(50)).isEqualTo(LeadGrade.A);
		assertThat(THRESHOLDS.gradeFor(49)).isEqualTo(LeadGrade.B);
		assertThat(THRESHOLDS.gradeFor(30)).isEqualTo(LeadGrade.B);
		assertThat(THRESHOLDS.gradeFor(29)).isEqualTo(LeadGrade.C);
	}

	@Test
	void aScoreBelowTheLowestThresholdIsStillCNeverOOrF() {
		assertThat(THRESHOLDS.gradeFor(-5000)).isEqualTo(LeadGrade.C);
	}

	@Test
	void thresholdsThatDoNotDecreaseStrictlyAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new GradeThresholds(70, 70, 30, 0));
	}

	@Test
	void matchValuesMustFitTheirFactor() {
		assertThatIllegalArgumentException().isThrownBy(() -> ScoringFactor.PURCHASE_TIME.normalise("TOMORROW"));
		assertThatIllegalArgumentException().isThrownBy(() -> ScoringFactor.BUDGET.normalise("-1"));
		assertThatIllegalArgumentException().isThrownBy(() -> ScoringFactor.TEST_DRIVE.normalise("yes"));
		assertThat(ScoringFactor.PURCHASE_TIME.normalise(" within_7_days")).isEqualTo("WITHIN_7_DAYS");
		assertThat(ScoringFactor.ACTIVITY.normalise("03")).isEqualTo("3");
	}

}
