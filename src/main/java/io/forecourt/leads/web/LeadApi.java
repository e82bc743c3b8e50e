package io.forecourt.leads.web;

import java.util.UUID;

import io.forecourt.kernel.web.ETags;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.leads.LeadGrade;
import io.forecourt.leads.LeadStatus;
import io.forecourt.leads.capture.CaptureRequest;
import io.forecourt.leads.capture.CaptureResult;
import io.forecourt.leads.capture.LeadCapture;
import io.forecourt.leads.capture.LeadReads;
import io.forecourt.leads.capture.LeadView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/leads")
@Tag(name = "Leads", description = "Capture leads from every channel, cleansed, deduplicated and graded")
class LeadApi {

	private final LeadCapture capture;

	private final LeadReads reads;

	LeadApi(LeadCapture capture, LeadReads reads) {
		this.capture = capture;
		this.reads = reads;
	}

	@PostMapping
	@Operation(summary = "Capture a lead: 201 for a kept lead (also invalid or junk, with the reason);"
			+ " 200 with duplicate=true and the open lead it repeats")
	ResponseEntity<CaptureResult> capture(@Valid @RequestBody CaptureRequest body, UriComponentsBuilder uris) {
		CaptureResult result = this.capture.capture(body);
		if (result.duplicate()) {
			return ResponseEntity.ok(result);
		}
		return ResponseEntity.created(uris.path("/api/v1/leads/{id}").build(result.leadId())).body(result);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A lead with its sources and grade history (phone masked without the personal-data"
			+ " permission)")
	ResponseEntity<LeadView> get(@PathVariable UUID id) {
		LeadView view = this.reads.view(id);
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
	}

	@GetMapping
	@Operation(summary = "Leads within your scope, newest first")
	Page<LeadView.Summary> list(@RequestParam(required = false) @Nullable LeadStatus status,
			@RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Nullable LeadGrade grade, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
		return this.reads.find(status, channel, grade, new PageRequest(page, size));
	}

}
