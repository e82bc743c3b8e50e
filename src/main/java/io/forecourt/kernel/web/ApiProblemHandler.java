package io.forecourt.kernel.web;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Renders every API failure as {@code application/problem+json} with a stable
 * {@link ProblemType} and, for validation, one entry per invalid field. Applies to REST
 * controllers only; console pages render their own error views.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<ProblemDetail> handleProblem(ProblemException ex) {
		return Problems.response(ex);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException ex) {
		String field = ex.getName();
		return Problems.response(validation(List.of(new ProblemException.FieldProblem(field, "is not a valid value"))));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> handleUnexpected(Exception ex) {
		log.error("Unhandled API failure", ex);
		return Problems.response(Problems.of(ProblemType.INTERNAL, "Something went wrong; it has been logged"));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<ProblemException.FieldProblem> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(ApiProblemHandler::fieldProblem)
			.toList();
		List<ProblemException.FieldProblem> global = ex.getBindingResult()
			.getGlobalErrors()
			.stream()
			.map(e -> new ProblemException.FieldProblem(e.getObjectName(), String.valueOf(e.getDefaultMessage())))
			.toList();
		return asObject(validation(concat(errors, global)));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<ProblemException.FieldProblem> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new ProblemException.FieldProblem(
						result.getMethodParameter().getParameterName() == null ? "parameter"
								: result.getMethodParameter().getParameterName(),
						String.valueOf(error.getDefaultMessage()))))
			.toList();
		return asObject(validation(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof UnrecognizedPropertyException unknown) {
			ProblemDetail problem = Problems.of(ProblemType.UNKNOWN_FIELD,
					"Field '" + unknown.getPropertyName() + "' is not part of this request");
			problem.setProperty("errors",
					List.of(new ProblemException.FieldProblem(unknown.getPropertyName(), "unknown field")));
			return asObject(problem);
		}
		return asObject(
				Problems.of(ProblemType.MALFORMED_REQUEST, "The request body could not be read as the expected JSON"));
	}

	@Override
	protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return asObject(Problems.of(ProblemType.METHOD_NOT_ALLOWED, ex.getMessage()));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return asObject(Problems.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, ex.getMessage()));
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return asObject(Problems.of(ProblemType.NOT_FOUND, "No such resource"));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		// Everything else Spring MVC reports (missing parameters, 406, ...) still gets a
		// type.
		if (body instanceof ProblemDetail problem && problem.getType().toString().equals("about:blank")) {
			problem.setType(
					statusCode.is4xxClientError() ? ProblemType.MALFORMED_REQUEST.uri() : ProblemType.INTERNAL.uri());
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private static ProblemDetail validation(List<ProblemException.FieldProblem> errors) {
		ProblemDetail problem = Problems.of(ProblemType.VALIDATION, errors.size() == 1
				? errors.get(0).field() + ": " + errors.get(0).message() : errors.size() + " fields are invalid");
		problem.setProperty("errors", errors);
		return problem;
	}

	private static ProblemException.FieldProblem fieldProblem(FieldError error) {
		return new ProblemException.FieldProblem(error.getField(), String.valueOf(error.getDefaultMessage()));
	}

	private static <T> List<T> concat(List<T> a, List<T> b) {
		return b.isEmpty() ? a : java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
	}

	private static ResponseEntity<Object> asObject(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus())
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
