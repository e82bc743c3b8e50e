package io.forecourt.leads.web;

import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.leads.capture.LeadView;
import io.forecourt.leads.followup.FollowUp;
import io.forecourt.leads.followup.FollowUpResult;
import io.forecourt.leads.followup.LeadFollowUps;
import io.forecourt.leads.followup.LeadRegrading;
import io.forecourt.leads.followup.NewFollowUp;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Follow-ups and consultants' re-grades of one lead. */
@RestController
@RequestMapping("/api/v1/leads/{id}")
@Tag(name = "Lead follow-up", description = "Follow-ups, first contact (stops the SLA clock) and re-grading")
class LeadFollowUpApi {

	private final LeadFollowUps followUps;

	private final LeadRegrading regrading;

	LeadFollowUpApi(LeadFollowUps followUps, LeadRegrading regrading) {
		this.followUps = followUps;
		this.regrading = regrading;
	}

	@PostMapping("/follow-ups")
	@Operation(summary = "Log a follow-up (the lead's consultant, a dealer manager or HQ). kind CALL, WECHAT,"
			+ " VISIT, TEST_DRIVE or NOTE; the first CALL/WECHAT/VISIT/TEST_DRIVE on an ASSIGNED lead, answered"
			+ " or not, is the first contact: it stops the SLA clock and moves the lead to CONTACTED")
	ResponseEntity<FollowUpResult> log(@PathVariable UUID id, @RequestBody NewFollowUp body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.followUps.log(id, body));
	}

	@GetMapping("/follow-ups")
	@Operation(summary = "A lead's follow-ups, latest first")
	Page<FollowUp> list(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
		return this.followUps.list(id, new PageRequest(page, size));
	}

	@PostMapping("/grade")
	@Operation(summary = "Re-grade a contacted lead H, A, B or C with a reason (its consultant, a manager or HQ);"
			+ " O and F come from an order and an approved defeat, so they are refused (409)")
	LeadView.GradeChange regrade(@PathVariable UUID id, @RequestBody GradeBody body) {
		return this.regrading.regrade(id, body.grade(), body.reason());
	}

	@GetMapping("/grades")
	@Operation(summary = "Every grade the lead had, oldest first, with who gave it and why")
	List<LeadView.GradeChange> grades(@PathVariable UUID id) {
		return this.regrading.history(id);
	}

	record GradeBody(@Nullable String grade, @Nullable String reason) {
	}

}
