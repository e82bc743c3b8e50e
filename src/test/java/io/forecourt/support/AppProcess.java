package io.forecourt.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * One Forecourt instance running as an operating-system process of its own (a child JVM),
 * made by {@link AppInstances}. It keeps its name, port and command line across
 * {@link #kill() kills} and {@link #restart() restarts}, as a container an orchestrator
 * brings back would; its output goes to {@code target/instances/<name>.log}, appended to
 * on each restart.
 */
public final class AppProcess {

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

	private final String name;

	private final int port;

	private final List<String> command;

	private final Path log;

	private final Duration startupTimeout;

	private final HttpClient http;

	private @Nullable Process process;

	private int starts;

	AppProcess(String name, int port, List<String> command, Path log, Duration startupTimeout, HttpClient http) {
		this.name = name;
		this.port = port;
		this.command = List.copyOf(command);
		this.log = log;
		this.startupTimeout = startupTimeout;
		this.http = http;
	}

	public String name() {
		return this.name;
	}

	public int port() {
		return this.port;
	}

	/** {@code http://127.0.0.1:<port>}. */
	public URI baseUri() {
		return URI.create("http://127.0.0.1:" + this.port);
	}

	/** An absolute URI on this instance, e.g. {@code uri("/api/v1/me")}. */
	public URI uri(String path) {
		return baseUri().resolve(path);
	}

	/** The file the instance's output goes to. */
	public Path log() {
		return this.log;
	}

	/** The operating-system process id of the running JVM. */
	public long pid() {
		return running().pid();
	}

	public boolean isAlive() {
		return this.process != null && this.process.isAlive();
	}

	/**
	 * Kills the JVM with SIGKILL, as a crash or an out-of-memory killer would: no
	 * shutdown hook, no graceful shutdown, transactions in flight are left to the
	 * database to roll back. Returns once the process is gone.
	 */
	public void kill() {
		Process running = running();
		running.destroyForcibly();
		awaitExit(running);
	}

	/**
	 * Stops the JVM with SIGTERM: Spring shuts down gracefully. Returns once it is gone.
	 */
	public void stop() {
		Process running = running();
		running.destroy();
		awaitExit(running);
	}

	/**
	 * Starts the instance again, on the same port with the same settings, and waits until
	 * it is ready.
	 * @throws IllegalStateException when it is still running, or does not get ready in
	 * time
	 */
	public AppProcess restart() {
		if (isAlive()) {
			throw new IllegalStateException(this.name + " is still running: kill or stop it first");
		}
		launch();
		awaitReady();
		return this;
	}

	/** {@code GET} with a bearer key ({@code null}: none). */
	public ApiResponse get(String path, @Nullable String key) throws IOException, InterruptedException {
		return send(request(path, key).GET());
	}

	/**
	 * {@code POST} of a JSON body with a bearer key, and extra headers as name, value,
	 * ....
	 */
	public ApiResponse post(String path, @Nullable String key, String json, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = request(path, key).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request);
	}

	/**
	 * Sends any request to this instance.
	 * @throws IOException when the instance gives no answer (it is down, or died while
	 * the request was in flight: whether the request took effect is then unknown)
	 */
	public ApiResponse send(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(request.timeout(REQUEST_TIMEOUT).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new ApiResponse(response.statusCode(), response.body());
	}

	private HttpRequest.Builder request(String path, @Nullable String key) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json");
		if (key != null) {
			request.header("Authorization", "Bearer " + key);
		}
		return request;
	}

	void launch() {
		try {
			Files.createDirectories(this.log.getParent());
			boolean first = this.starts++ == 0;
			String marker = "==== " + (first ? "started" : "restarted") + " by the test at " + Instant.now() + " ("
					+ this.name + ", port " + this.port + ")" + System.lineSeparator();
			if (first) {
				Files.writeString(this.log, marker);
			}
			else {
				Files.writeString(this.log, marker, StandardOpenOption.APPEND);
			}
			ProcessBuilder builder = new ProcessBuilder(this.command).redirectErrorStream(true)
				.redirectOutput(Redirect.appendTo(this.log.toFile()));
			// Each instance is configured on its command line, nothing else: the CI
			// environment's demo key, say, must not leak into it.
			builder.environment().remove("FORECOURT_DEMO_API_KEY");
			this.process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start instance " + this.name, ex);
		}
	}

	/** Waits until the readiness probe answers UP. */
	void awaitReady() {
		long deadline = System.nanoTime() + this.startupTimeout.toNanos();
		HttpRequest probe = HttpRequest.newBuilder(uri("/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(10))
			.build();
		while (true) {
			Process running = running();
			if (!running.isAlive()) {
				throw new IllegalStateException("Instance " + this.name + " exited with " + running.exitValue()
						+ " while starting; its log " + this.log + " ends:\n" + tail(60));
			}
			try {
				HttpResponse<String> response = this.http.send(probe, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("UP")) {
					return;
				}
			}
			catch (ConnectException ex) {
				// not listening yet
			}
			catch (IOException ex) {
				// listening but not answering yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted waiting for " + this.name, ex);
			}
			if (System.nanoTime() > deadline) {
				running.destroyForcibly();
				throw new IllegalStateException("Instance " + this.name + " was not ready within " + this.startupTimeout
						+ "; its log " + this.log + " ends:\n" + tail(60));
			}
			sleep(Duration.ofMillis(250));
		}
	}

	/** Kills the process if it runs; for cleaning up. */
	void destroy() {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroyForcibly();
			awaitExit(this.process);
		}
	}

	/** The last lines of the instance's log, for failure messages. */
	public String tail(int lines) {
		try {
			List<String> all = Files.readAllLines(this.log, StandardCharsets.UTF_8);
			return String.join("\n", new ArrayList<>(all.subList(Math.max(0, all.size() - lines), all.size())));
		}
		catch (IOException | UncheckedIOException ex) {
			return "(log unreadable: " + ex.getMessage() + ")";
		}
	}

	private Process running() {
		if (this.process == null) {
			throw new IllegalStateException(this.name + " was never started");
		}
		return this.process;
	}

	private void awaitExit(Process running) {
		try {
			if (!running.waitFor(60, TimeUnit.SECONDS)) {
				throw new IllegalStateException(this.name + " (pid " + running.pid() + ") did not exit within 60 s");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted waiting for " + this.name + " to exit", ex);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return "instance " + this.name + " on port " + this.port;
	}

}
