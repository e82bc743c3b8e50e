package io.forecourt.kernel.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
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

	IdempotentHandlers(BeanFactory beans) {
		this.beans = beans;
	}

	boolean isIdempotent(HttpServletRequest request) {
		Object parsedPath = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
		try {
			ServletRequestPathUtils.parseAndCache(request);
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
