package io.forecourt.identity.domain;

/**
 * Another transaction changed the customers a resolution was working on; the resolution
 * starts over, and sees the other's result.
 */
public class ConcurrentResolutionException extends RuntimeException {

	ConcurrentResolutionException(String message) {
		super(message);
	}

}
