package io.forecourt.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A browser test of the console: the whole application on a random port, driven by the
 * system's headless Chromium through its chromedriver (never downloaded). One browser per
 * test class; each test starts signed out, with no cookies. Skipped when the binaries are
 * missing, a failure with {@code FORECOURT_REQUIRE_SERVICES=true}. A failing test leaves
 * a screenshot and the page's HTML in {@code target/browser-screenshots}.
 *
 * <pre>{@code
 * class DealerPagesBrowserTest extends BrowserTest {
 *     &#64;Test
 *     void aManagerCreatesADealer() {
 *         loginAs("hq", "...");
 *         open("/dealers");
 *         find("#new-dealer").click();
 *         ...
 *         awaitHtmx();
 *         assertThat(text("#console-flash")).contains(...);
 *     }
 * }
 * }</pre>
 *
 * Test classes run one after another (the browser is per class, held in a static field).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RequiresService(TestServices.CHROMIUM)
@ExtendWith(BrowserTest.ScreenshotOnFailure.class)
public abstract class BrowserTest {

	private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	private static final Duration WAIT = Duration.ofSeconds(10);

	private static WebDriver driver;

	private static Path profile;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		BrowserBinaries binaries = BrowserBinaries.find().orElseThrow();
		profile = Files.createTempDirectory("forecourt-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(binaries.chromium().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(binaries.chromedriver().toFile())
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		try {
			if (driver != null) {
				driver.quit();
			}
		}
		finally {
			driver = null;
			deleteRecursively(profile);
		}
	}

	@BeforeEach
	void startSignedOut() {
		// Cookies belong to the page's site: drop ours if an earlier test left us on it.
		if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith(baseUrl())) {
			driver.manage().deleteAllCookies();
		}
	}

	/** The browser, for what the helpers do not cover. */
	protected WebDriver driver() {
		return driver;
	}

	/** {@code http://localhost:<port>}, without a trailing slash. */
	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/** Loads a page of the application, e.g. {@code open("/dealers?lang=en")}. */
	protected void open(String path) {
		driver.get(baseUrl() + path);
	}

	/**
	 * Signs in through the login form and waits until the browser has left the login
	 * page; fails with the page's message when sign-in is refused.
	 */
	protected void loginAs(String username, String password) {
		open("/login");
		WebElement user = find("#username");
		user.clear();
		user.sendKeys(username);
		find("#password").sendKeys(password);
		find("#login-form button[type=submit]").click();
		waitUpTo(5).until((browser) -> !path().equals("/login"));
	}

	/** Clicks the navbar's sign-out button and waits for the login page. */
	protected void logout() {
		find("#console-user button.dropdown-toggle").click();
		find("#console-logout button[type=submit]").click();
		waitUpTo(5).until((browser) -> path().equals("/login"));
	}

	/** The first element matching a CSS selector, waiting for it to appear. */
	protected WebElement find(String css) {
		return waitUpTo(WAIT.toSeconds()).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
	}

	/**
	 * Clicks the first element matching a CSS selector, scrolled to the middle of the
	 * window first: at the bottom edge a long list's row can lie under the page's fixed
	 * parts, and the browser then refuses the click as intercepted.
	 */
	protected void click(String css) {
		WebElement element = waitUpTo(WAIT.toSeconds())
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
		script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	/** The visible text of the first element matching a CSS selector. */
	protected String text(String css) {
		// Found and read in one step, so a reload in between is retried, not a failure.
		return waitUpTo(WAIT.toSeconds()).until(browser -> browser.findElement(By.cssSelector(css)).getText());
	}

	/** The path of the current page, without query. */
	protected String path() {
		String url = driver.getCurrentUrl();
		String path = url == null ? "" : java.net.URI.create(url).getPath();
		return path == null || path.isEmpty() ? "/" : path;
	}

	/** Waits until htmx has no request in flight and has settled its swaps. */
	protected void awaitHtmx() {
		waitUpTo(WAIT.toSeconds()).until((browser) -> Boolean.TRUE.equals(((JavascriptExecutor) browser)
			.executeScript("return document.readyState === 'complete' && typeof htmx !== 'undefined'"
					+ " && document.querySelector('.htmx-request, .htmx-settling, .htmx-swapping') === null")));
	}

	/** Runs JavaScript in the page and returns its result. */
	protected Object script(String javascript, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(javascript, args);
	}

	protected WebDriverWait waitUpTo(long seconds) {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
		// While a page reloads, an element found a moment ago goes stale: look again.
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		return wait;
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (directory == null || !Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}

	/** Keeps what the browser showed when a test failed, before anything else runs. */
	static class ScreenshotOnFailure implements AfterTestExecutionCallback {

		@Override
		public void afterTestExecution(ExtensionContext context) {
			if (context.getExecutionException().isEmpty() || driver == null) {
				return;
			}
			String name = context.getRequiredTestClass().getSimpleName() + "-"
					+ context.getRequiredTestMethod().getName();
			try {
				Files.createDirectories(SCREENSHOTS);
				File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
				Files.copy(png.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
				Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (RuntimeException ex) {
				// A browser that crashed cannot take a screenshot; the test's own failure
				// matters more than this one.
			}
		}

	}

}
