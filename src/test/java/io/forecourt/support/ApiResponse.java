package io.forecourt.support;

import com.jayway.jsonpath.JsonPath;

/**
 * What an application instance answered over HTTP: the status and the body as text.
 */
public record ApiResponse(int status, String body) {

	/** A value of the JSON body, e.g. {@code json("$.id")}. */
	public <T> T json(String path) {
		return JsonPath.read(this.body, path);
	}

	public boolean isSuccess() {
		return this.status >= 200 && this.status < 300;
	}

	@Override
	public String toString() {
		return this.status + " " + (this.body.length() > 500 ? this.body.substring(0, 500) + "…" : this.body);
	}

}
