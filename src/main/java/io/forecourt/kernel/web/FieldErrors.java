package io.forecourt.kernel.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Collects what is wrong with each field while request values are turned into value
 * objects ({@code PhoneNumber.parse}, {@code new CityCode(..)}), so one response names
 * every invalid field instead of the first. Value objects signal invalid input with
 * {@link IllegalArgumentException}.
 */
public final class FieldErrors {

	private final List<ProblemException.FieldProblem> problems = new ArrayList<>();

	/** The value, or {@code null} after recording why the field is invalid. */
	public <T> @Nullable T attempt(String field, Supplier<T> conversion) {
		try {
			return conversion.get();
		}
		catch (IllegalArgumentException ex) {
			reject(field, ex.getMessage());
			return null;
		}
	}

	public void reject(String field, @Nullable String message) {
		this.problems.add(new ProblemException.FieldProblem(field, message == null ? "is invalid" : message));
	}

	public boolean hasErrors() {
		return !this.problems.isEmpty();
	}

	public List<ProblemException.FieldProblem> problems() {
		return List.copyOf(this.problems);
	}

	/**
	 * @throws ProblemException a validation problem naming every invalid field
	 */
	public void throwIfAny() {
		if (this.problems.isEmpty()) {
			return;
		}
		String detail = this.problems.size() == 1 ? this.problems.get(0).field() + ": " + this.problems.get(0).message()
				: this.problems.size() + " fields are invalid";
		throw new ProblemException(ProblemType.VALIDATION, detail, java.util.Map.of("errors", problems()));
	}

}
