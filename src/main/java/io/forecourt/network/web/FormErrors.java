package io.forecourt.network.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.forecourt.kernel.web.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * What is wrong with a console form, as texts in the viewer's language: per field (shown
 * under the input, Bootstrap's {@code is-invalid}) and for the form as a whole (shown
 * above it). Collects Jakarta validation of the form record and the
 * {@link ProblemException}s the API's conversions and the services throw, so the console
 * and the API reject the same input for the same reasons.
 */
final class FormErrors {

	// Methods the templates call are public: SpEL only sees public methods.

	/** Key of a field's localized explanation; the English bundle passes {0} through. */
	static final String FIELD_MESSAGE = "network.form.invalid.";

	private final Map<String, List<String>> fields = new LinkedHashMap<>();

	private final List<String> global = new ArrayList<>();

	private final MessageSource messages;

	private final Locale locale;

	private final Set<String> formFields;

	FormErrors(MessageSource messages, Locale locale, Set<String> formFields) {
		this.messages = messages;
		this.locale = locale;
		this.formFields = formFields;
	}

	/** Starts with Jakarta validation and binding failures of the form record. */
	static FormErrors of(BindingResult binding, MessageSource messages, Locale locale, Set<String> formFields) {
		FormErrors errors = new FormErrors(messages, locale, formFields);
		for (FieldError error : binding.getFieldErrors()) {
			// A binding failure's default text is a conversion stack message, not for
			// people.
			String text = error.isBindingFailure() ? errors.message("network.form.invalid-value")
					: messages.getMessage(error, locale);
			errors.field(error.getField(), text);
		}
		binding.getGlobalErrors().forEach(error -> errors.global.add(messages.getMessage(error, locale)));
		return errors;
	}

	void field(String field, String text) {
		this.fields.computeIfAbsent(field, (name) -> new ArrayList<>()).add(text);
	}

	void fieldMessage(String field, String key, Object... args) {
		field(field, message(key, args));
	}

	void globalMessage(String key, Object... args) {
		this.global.add(message(key, args));
	}

	/**
	 * Adds a service's or conversion's problem: each field problem at its field, the rest
	 * above the form.
	 */
	void problem(ProblemException problem) {
		problem(problem, (fieldProblem) -> true);
	}

	/** Adds a problem's field problems that pass {@code keep}. */
	void problem(ProblemException problem, Predicate<ProblemException.FieldProblem> keep) {
		if (problem.properties().get("errors") instanceof List<?> problems && !problems.isEmpty()) {
			problems.stream()
				.filter(ProblemException.FieldProblem.class::isInstance)
				.map(ProblemException.FieldProblem.class::cast)
				.filter(keep)
				.forEach(this::fieldProblem);
		}
		else if (problem.properties().get("field") instanceof String field && this.formFields.contains(field)) {
			field(field, problem.getMessage());
		}
		else {
			this.global.add(String.valueOf(problem.getMessage()));
		}
	}

	private void fieldProblem(ProblemException.FieldProblem problem) {
		String field = fieldOf(problem);
		if (field == null) {
			this.global.add(problem.field() + ": " + problem.message());
			return;
		}
		if (has(field)) {
			// The form's own check already explained it (a missing latitude is
			// "required",
			// not also "must be between -90 and 90").
			return;
		}
		String text = this.messages.getMessage(FIELD_MESSAGE + field, new Object[] { problem.message() }, "",
				this.locale);
		field(field, text == null || text.isBlank() ? problem.message() : text);
	}

	/**
	 * The form field a problem belongs to. A value object that checks several fields
	 * reports under one name ("dealer", "latitude") and names the real one first in its
	 * message ("brands: a dealer sells at least one brand"), so the message wins.
	 */
	private @Nullable String fieldOf(ProblemException.FieldProblem problem) {
		for (String candidate : this.formFields) {
			if (problem.message().startsWith(candidate + " ") || problem.message().startsWith(candidate + ":")) {
				return candidate;
			}
		}
		return this.formFields.contains(problem.field()) ? problem.field() : null;
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, key, this.locale);
	}

	public boolean any() {
		return !this.fields.isEmpty() || !this.global.isEmpty();
	}

	/** How many fields are marked. */
	public int fieldCount() {
		return this.fields.size();
	}

	public boolean has(String field) {
		return this.fields.containsKey(field);
	}

	/** The field's messages as one text, or {@code null} when it is fine. */
	public @Nullable String of(String field) {
		List<String> texts = this.fields.get(field);
		return texts == null ? null : String.join(" ", texts);
	}

	public List<String> global() {
		return List.copyOf(this.global);
	}

}
