package io.forecourt.kernel.idempotency;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Tells whether a request will be handled by an {@link Idempotent} handler, by asking
 * Spring MVC's own handler mapping ahead of the dispatcher, so the filter only buffers
 * and claims what the marker asks for (a 1 GB import upload is never read into memory).
 */
@Component
class IdempotentHandlers {

	private final BeanFactory beans;

	private volatile @Nullable RequestMappingHandlerMapping mapping;

	private volatile @Nullable List<RequestMappingInfo> idempotentMappings;

	IdempotentHandlers(BeanFactory beans) {
		this.beans = beans;
	}

	boolean isIdempotent(HttpServletRequest request) {
		Object parsedPath = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
		try {
			ServletRequestPathUtils.parseAndCache(request);
			if (!mayBeIdempotent(request)) {
				return false;
			}
			HandlerExecutionChain chain = mapping().getHandler(request);
			return chain != null && chain.getHandler() instanceof HandlerMethod method
					&& method.hasMethodAnnotation(Idempotent.class);
		}
		catch (Exception ex) {
			// no handler or not acceptable: the dispatcher answers that itself
			return false;
		}
		finally {
			if (parsedPath == null) {
				ServletRequestPathUtils.clearParsedRequestPath(request);
			}
			else {
				request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, parsedPath);
			}
		}
	}

	/**
	 * Whether one of the few {@link Idempotent} mappings matches the request at all: the
	 * dispatcher can only choose a handler whose mapping matches, so a request none of
	 * them matches is answered without asking the whole mapping (hundreds of patterns,
	 * measured as a tenth of a presale attempt's cost).
	 */
	private boolean mayBeIdempotent(HttpServletRequest request) {
		for (RequestMappingInfo info : idempotentMappings()) {
			if (info.getMatchingCondition(request) != null) {
				return true;
			}
		}
		return false;
	}

	private List<RequestMappingInfo> idempotentMappings() {
		List<RequestMappingInfo> found = this.idempotentMappings;
		if (found == null) {
			found = mapping().getHandlerMethods()
				.entrySet()
				.stream()
				.filter(entry -> entry.getValue().hasMethodAnnotation(Idempotent.class))
				.map(Map.Entry::getKey)
				.toList();
			this.idempotentMappings = found;
		}
		return found;
	}

	/** Looked up on first use: filters are created before the MVC infrastructure. */
	private RequestMappingHandlerMapping mapping() {
		RequestMappingHandlerMapping found = this.mapping;
		if (found == null) {
			found = this.beans.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
			this.mapping = found;
		}
		return found;
	}

}
