package io.forecourt.service.satisfaction;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * Net Promoter Score arithmetic: promoters answered 9-10, passives 7-8, detractors 0-6;
 * NPS = % promoters − % detractors of the answers (−100 to 100), and the response rate is
 * answers per survey sent, in percent; both to one decimal, null without a base.
 */
public record NpsFigures(long invited, long answered, long promoters, long passives, long detractors,
		@Nullable BigDecimal nps, @Nullable BigDecimal responseRate) {

	public static NpsFigures of(long invited, long promoters, long passives, long detractors) {
		long answered = promoters + passives + detractors;
		BigDecimal nps = answered == 0 ? null : percent(promoters - detractors, answered);
		BigDecimal rate = invited == 0 ? null : percent(answered, invited);
		return new NpsFigures(invited, answered, promoters, passives, detractors, nps, rate);
	}

	private static BigDecimal percent(long part, long whole) {
		return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
