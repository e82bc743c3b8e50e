package io.forecourt.leads.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemException.FieldProblem;
import io.forecourt.leads.capture.CaptureRequest;
import io.forecourt.leads.capture.CaptureResult;
import io.forecourt.leads.capture.LeadCapture;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Batch capture. Each lead is captured on its own (its own transaction): one bad item is
 * answered with its errors and does not fail the others, so items are validated here one
 * by one rather than by {@code @Valid} on the whole list.
 */
@RestController
@RequestMapping("/api/v1/leads/batch")
@Tag(name = "Leads")
class LeadBatchApi {

	static final int MAX_ITEMS = 500;

	private final LeadCapture capture;

	private final Validator validator;

	LeadBatchApi(LeadCapture capture, Validator validator) {
		this.capture = capture;
		this.validator = validator;
	}

	@PostMapping
	@Operation(summary = "Capture up to 500 leads; the answer lists each item's outcome by index")
	BatchResult capture(@Valid @RequestBody BatchRequest body) {
		List<ItemResult> items = new ArrayList<>();
		for (int i = 0; i < body.leads().size(); i++) {
			items.add(captureOne(i, body.leads().get(i)));
		}
		long failed = items.stream().filter(item -> item.leadId() == null).count();
		return new BatchResult(items.size() - failed, failed, items);
	}

	private ItemResult captureOne(int index, @Nullable CaptureRequest lead) {
		if (lead == null) {
			return failed(index, List.of(new FieldProblem("", "a lead is required")));
		}
		Set<ConstraintViolation<CaptureRequest>> violations = this.validator.validate(lead);
		if (!violations.isEmpty()) {
			return failed(index,
					violations.stream()
						.map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
						.sorted(Comparator.comparing(FieldProblem::field))
						.toList());
		}
		try {
			CaptureResult result = this.capture.capture(lead);
			return new ItemResult(index, result.duplicate() ? "DUPLICATE" : result.status().name(), result.leadId(),
					result.reason(), List.of());
		}
		catch (ProblemException ex) {
			return failed(index, problems(ex));
		}
	}

	@SuppressWarnings("unchecked")
	private static List<FieldProblem> problems(ProblemException ex) {
		if (ex.properties().get("errors") instanceof List<?> errors) {
			return (List<FieldProblem>) errors;
		}
		return List.of(new FieldProblem("", ex.getMessage()));
	}

	private static ItemResult failed(int index, List<FieldProblem> errors) {
		return new ItemResult(index, "REJECTED", null, null, errors);
	}

	record BatchRequest(@NotNull @Size(min = 1, max = MAX_ITEMS) List<@Nullable CaptureRequest> leads) {
	}

	/**
	 * @param status NEW, INVALID, JUNK, DUPLICATE (attached to an open lead) or REJECTED
	 * (not written; see errors)
	 */
	record ItemResult(int index, String status, @Nullable UUID leadId, @Nullable String reason,
			List<FieldProblem> errors) {
	}

	record BatchResult(long accepted, long rejected, List<ItemResult> items) {
	}

}
