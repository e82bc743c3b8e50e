package io.forecourt.presale.launch;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * What a reservation request says about the participant's client, for the abuse checks.
 * The brand app usually relays participants through its own server, so the participant's
 * address, user agent and device come in headers of their own; a client that calls
 * directly is described by its connection.
 *
 * @param address the participant's IP address
 * @param userAgent their app's or browser's user agent, empty when none was sent
 * @param deviceId the app's device identifier, if it sends one
 */
public record ClientSignals(String address, String userAgent, @Nullable String deviceId) {

	public static final String PARTICIPANT_IP = "X-Participant-IP";

	public static final String PARTICIPANT_USER_AGENT = "X-Participant-User-Agent";

	public static final String DEVICE_ID = "X-Device-Id";

	public static ClientSignals of(HttpServletRequest request) {
		String address = header(request, PARTICIPANT_IP, 64);
		String userAgent = header(request, PARTICIPANT_USER_AGENT, 512);
		if (userAgent == null) {
			userAgent = header(request, "User-Agent", 512);
		}
		String remote = request.getRemoteAddr();
		return new ClientSignals(address != null ? address.toLowerCase(Locale.ROOT) : remote == null ? "" : remote,
				userAgent == null ? "" : userAgent, header(request, DEVICE_ID, 128));
	}

	private static @Nullable String header(HttpServletRequest request, String name, int max) {
		String value = request.getHeader(name);
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		return stripped.length() <= max ? stripped : stripped.substring(0, max);
	}

}
