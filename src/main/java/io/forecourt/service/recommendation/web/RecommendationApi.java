package io.forecourt.service.recommendation.web;

import io.forecourt.service.recommendation.DealerRecommendations;
import io.forecourt.service.recommendation.Recommendation;
import io.forecourt.service.recommendation.RecommendationRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Which workshops an owner should go to, and why. */
@RestController
@Tag(name = "Service recommendation")
class RecommendationApi {

	private final DealerRecommendations recommendations;

	RecommendationApi(DealerRecommendations recommendations) {
		this.recommendations = recommendations;
	}

	@PostMapping("/api/v1/service/recommendations")
	@Operation(summary = "Rank the dealers within reach offering a service type by urgency, great-circle distance,"
			+ " workshop load in the window and rating; each dealer with every factor's raw and normalised value,"
			+ " weight and contribution, and its earliest free start (docs/service.md)")
	Recommendation recommend(@RequestBody RecommendationRequest body) {
		return this.recommendations.recommend(body);
	}

}
