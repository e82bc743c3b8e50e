package io.forecourt.leads.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import io.forecourt.leads.funnel.FunnelFigures;
import io.forecourt.leads.funnel.FunnelStage;
import io.forecourt.leads.funnel.StageFigure;
import org.jspecify.annotations.Nullable;

/**
 * The funnel drawn as centred horizontal bars, one per stage, each as wide as its share
 * of the captured leads (a sliver stays visible for a stage with a few leads), so the
 * shape of the funnel shows at a glance. Coordinates are SVG user units across a width of
 * 100.
 */
record LeadFunnelChart(List<Bar> bars) {

	/** The narrowest bar drawn for a stage that has any leads. */
	private static final double MIN_WIDTH = 0.8;

	static LeadFunnelChart of(FunnelFigures figures) {
		long captured = figures.captured();
		return new LeadFunnelChart(figures.stages().stream().map(figure -> bar(figure, captured)).toList());
	}

	private static Bar bar(StageFigure figure, long captured) {
		double width = captured == 0 ? 0 : 100.0 * figure.count() / captured;
		if (figure.count() > 0) {
			width = Math.max(width, MIN_WIDTH);
		}
		return new Bar(figure.stage(), figure.count(), units((100 - width) / 2), units(width),
				figure.rateFromPrevious(), figure.rateFromCapture());
	}

	/** A coordinate as SVG wants it, with a dot whatever the viewer's language. */
	private static String units(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	record Bar(FunnelStage stage, long count, String x, String width, @Nullable BigDecimal rateFromPrevious,
			@Nullable BigDecimal rateFromCapture) {
	}

}
