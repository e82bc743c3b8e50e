package io.forecourt.service.satisfaction.web;

import java.io.IOException;
import java.time.Clock;

import io.forecourt.kernel.web.ProblemException;
import io.forecourt.network.DealerNetwork;
import io.forecourt.service.satisfaction.SatisfactionSurveys;
import io.forecourt.service.satisfaction.Survey;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The survey page the owner opens from the link sent after delivery: no sign-in, no
 * console menu, bilingual, the eleven NPS buttons and a comment; the form posts to the
 * survey API, which brings the browser back here.
 */
@Controller
class SurveyPage {

	private final SatisfactionSurveys surveys;

	private final SurveyLookup lookup;

	private final DealerNetwork network;

	private final Clock clock;

	SurveyPage(SatisfactionSurveys surveys, SurveyLookup lookup, DealerNetwork network, Clock clock) {
		this.surveys = surveys;
		this.lookup = lookup;
		this.network = network;
		this.clock = clock;
	}

	@GetMapping(Survey.PATH + "{token}")
	String survey(@PathVariable String token, @RequestParam(required = false) @Nullable String problem,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		Survey survey = this.lookup.call(token, request, () -> this.surveys.byToken(token));
		model.addAttribute("token", token);
		model.addAttribute("survey", SurveyView.of(survey, this.clock.instant()));
		model.addAttribute("dealer", this.network.dealer(survey.dealerId()).orElse(null));
		model.addAttribute("problem", "invalid".equals(problem) || "closed".equals(problem) ? problem : null);
		return "service/satisfaction-survey";
	}

	@ExceptionHandler(ProblemException.class)
	void problem(ProblemException ex, HttpServletResponse response) throws IOException {
		if (ex.properties().get(ProblemException.RETRY_AFTER_SECONDS) instanceof Number seconds) {
			response.setHeader("Retry-After", String.valueOf(seconds.longValue()));
		}
		response.sendError(ex.type().status().value());
	}

}
