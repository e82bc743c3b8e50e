package io.forecourt.leads.funnel;

import java.util.ArrayList;
import java.util.List;

/**
 * One slice of the funnel (a group, a period of a group, or the total): every stage with
 * its count and rates, and the duplicates that arrived for its leads.
 *
 * @param duplicates further arrivals of the same people attached to these leads (from any
 * channel) instead of becoming leads of their own; they are not counted as captured
 */
public record FunnelFigures(List<StageFigure> stages, long duplicates) {

	public FunnelFigures {
		stages = List.copyOf(stages);
	}

	/** The figures of counts indexed by {@link FunnelStage#ordinal()}. */
	static FunnelFigures of(long[] counts, long duplicates) {
		List<StageFigure> stages = new ArrayList<>();
		long captured = counts[FunnelStage.CAPTURED.ordinal()];
		for (FunnelStage stage : FunnelStage.values()) {
			long count = counts[stage.ordinal()];
			FunnelStage previous = stage.previous();
			stages.add(new StageFigure(stage, count,
					previous == null ? null : StageFigure.rate(count, counts[previous.ordinal()]),
					StageFigure.rate(count, captured)));
		}
		return new FunnelFigures(stages, duplicates);
	}

	public long count(FunnelStage stage) {
		return this.stages.get(stage.ordinal()).count();
	}

	public long captured() {
		return count(FunnelStage.CAPTURED);
	}

}
