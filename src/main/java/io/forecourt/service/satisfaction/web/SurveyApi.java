package io.forecourt.service.satisfaction.web;

import java.net.URI;
import java.time.Clock;

import io.forecourt.kernel.security.PublicApiEndpoint;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.service.satisfaction.SatisfactionSurveys;
import io.forecourt.service.satisfaction.Survey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The satisfaction survey over the API (the brand app) and the survey page's form: no
 * key, the unguessable link is the credential; rate-limited per address.
 */
@RestController
@Tag(name = "Satisfaction survey", description = "Public: answer a repair's survey behind its unguessable link")
class SurveyApi {

	static final String PATH = "/api/v1/satisfaction/{token}";

	private final SatisfactionSurveys surveys;

	private final SurveyLookup lookup;

	private final Clock clock;

	SurveyApi(SatisfactionSurveys surveys, SurveyLookup lookup, Clock clock) {
		this.surveys = surveys;
		this.lookup = lookup;
		this.clock = clock;
	}

	@Bean
	static PublicApiEndpoint satisfactionSurveyReadEndpoint() {
		return new PublicApiEndpoint(HttpMethod.GET, "/api/v1/satisfaction/*");
	}

	@Bean
	static PublicApiEndpoint satisfactionSurveyAnswerEndpoint() {
		return new PublicApiEndpoint(HttpMethod.POST, "/api/v1/satisfaction/*");
	}

	record Answer(@Nullable Integer score, @Nullable String comment) {
	}

	@GetMapping(PATH)
	@SecurityRequirements
	@Operation(summary = "Whether the survey can still be answered, and the answer given; 404 for an unknown link")
	SurveyView get(@PathVariable String token, HttpServletRequest request) {
		return this.lookup.call(token, request, () -> SurveyView.of(this.surveys.byToken(token), this.clock.instant()));
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
	@SecurityRequirements
	@Operation(summary = "Answer the survey: score 0-10 (NPS) and an optional comment up to 1,000 characters;"
			+ " once: 409 when answered already or expired, 400 validation, 404 for an unknown link")
	SurveyView answer(@PathVariable String token, @RequestBody Answer body, HttpServletRequest request) {
		Survey survey = this.lookup.call(token, request,
				() -> this.surveys.answer(token, body.score(), body.comment()));
		return SurveyView.of(survey, this.clock.instant());
	}

	/**
	 * The survey page's form (no script needed): answers and sends the browser back to
	 * the page, which thanks the owner or says why not.
	 */
	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<Void> answerForm(@PathVariable String token, @RequestParam(required = false) @Nullable String score,
			@RequestParam(required = false) @Nullable String comment, HttpServletRequest request) {
		String outcome = "";
		try {
			Integer value = score == null || !score.strip().matches("\\d{1,2}") ? null : Integer.valueOf(score.strip());
			this.lookup.call(token, request, () -> this.surveys.answer(token, value, comment));
		}
		catch (ProblemException ex) {
			if (ex.type() == ProblemType.NOT_FOUND || ex.type() == ProblemType.RATE_LIMITED) {
				throw ex;
			}
			outcome = ex.type() == ProblemType.VALIDATION ? "?problem=invalid" : "?problem=closed";
		}
		return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(Survey.PATH + token + outcome)).build();
	}

}
