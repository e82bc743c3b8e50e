package io.forecourt.kernel.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link ProblemException} straight to the servlet response: for filters and
 * security handlers that answer before any controller, and for a path where most requests
 * end in a refusal (a presale launch refuses nearly every attempt, with a handful of
 * distinct problems). The same shape as {@link Problems#response}: type, title, status,
 * detail, instance and the problem's properties, a Retry-After header when it says when
 * to come back.
 * <p>
 * Each distinct problem is rendered once and its bytes kept, and the response goes out
 * with its length in one write. Returned as a {@code ResponseEntity}, a refusal was
 * serialized again for every request and flushed before the request ended, which sent it
 * chunked in two writes; most of that path's cost was the socket write itself, which
 * remains, so the saving is a few percent of a launch attempt (measured).
 */
@Component
public class ProblemWriter {

	/** More distinct problems than any refusal path has; beyond it, start over. */
	static final int RENDERED_LIMIT = 1_024;

	private final JsonMapper json;

	private final Map<Rendering, byte[]> rendered = new ConcurrentHashMap<>();

	public ProblemWriter(JsonMapper json) {
		this.json = json;
	}

	public void write(HttpServletRequest request, HttpServletResponse response, ProblemException problem)
			throws IOException {
		Rendering rendering = new Rendering(problem.type(), problem.getMessage(), problem.properties(),
				request.getRequestURI());
		byte[] body = this.rendered.get(rendering);
		if (body == null) {
			body = this.json.writeValueAsBytes(rendering.body());
			if (this.rendered.size() >= RENDERED_LIMIT) {
				// problems that vary without bound (a detail naming each input) are not
				// worth keeping: drop them all rather than track which are used
				this.rendered.clear();
			}
			this.rendered.put(rendering, body);
		}
		response.setStatus(problem.type().status().value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		if (problem.properties().get(ProblemException.RETRY_AFTER_SECONDS) instanceof Number seconds) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds.longValue()));
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/** Problems rendered so far and kept (tests). */
	int kept() {
		return this.rendered.size();
	}

	/** What a problem's body is made of, and so its key among the rendered ones. */
	private record Rendering(ProblemType type, String detail, Map<String, Object> properties, String instance) {

		Map<String, Object> body() {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("type", this.type.uri().toString());
			body.put("title", this.type.title());
			body.put("status", this.type.status().value());
			body.put("detail", this.detail);
			body.put("instance", this.instance);
			body.putAll(this.properties);
			return body;
		}

	}

}
