package io.estante.test;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, never
 * a downloaded one) for page tests. Register it per test class:
 *
 * <pre>
 * &#64;RegisterExtension
 * static Browser browser = new Browser();
 * &#64;LocalServerPort
 * int port;
 * &#64;BeforeEach
 * void at() { browser.at(port); }
 * </pre>
 *
 * Skips the class when the binaries are missing, unless
 * {@code -Destante.browser.required=true} (then it fails). Each test starts with no
 * cookies; a failing test leaves {@code target/screenshots/FAILED-<test>.png}.
 */
public class Browser implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback, AfterAllCallback {

	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Duration WAIT = Duration.ofSeconds(15);

	private WebDriver driver;

	private Path profile;

	private String base;

	// ---- JUnit lifecycle

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!present && Boolean.getBoolean("estante.browser.required")) {
			throw new IllegalStateException("Browser tests required but " + CHROMIUM + " or " + CHROMEDRIVER
					+ " is missing (apt-get install chromium chromium-driver)");
		}
		Assumptions.assumeTrue(present, "Browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " missing");
		profile = Files.createTempDirectory("estante-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--disable-default-apps", "--disable-extensions", "--window-size=1280,900",
				"--lang=es", "--user-data-dir=" + profile.toAbsolutePath());
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "es"));
		// The driver is named explicitly, so Selenium Manager never looks for (or
		// fetches)
		// one.
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		if (driver != null && base != null) {
			driver.get(base + "/css/estante.css");
			driver.manage().deleteAllCookies();
		}
	}

	@Override
	public void afterTestExecution(ExtensionContext context) {
		if (driver != null && context.getExecutionException().isPresent()) {
			screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
					+ context.getRequiredTestMethod().getName());
		}
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
		if (profile != null) {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	// ---- Navigation

	/** The application under test, on this local port. Cookies are cleared. */
	public Browser at(int port) {
		base = "http://127.0.0.1:" + port;
		driver.get(base + "/css/estante.css");
		driver.manage().deleteAllCookies();
		return this;
	}

	public WebDriver driver() {
		return driver;
	}

	public Browser open(String path) {
		driver.get(base + path);
		return this;
	}

	/** The current path with its query, without scheme and host. */
	public String path() {
		return driver.getCurrentUrl().substring(base.length());
	}

	/** Switches the interface language with the language links of every page. */
	public Browser language(String code) {
		String url = driver.getCurrentUrl();
		driver.get(url + (url.contains("?") ? "&" : "?") + "lang=" + code);
		return this;
	}

	/** Forgets the session (cookies) without signing out. */
	public Browser forgetSession() {
		driver.manage().deleteAllCookies();
		return this;
	}

	// ---- Signing in through the real forms

	/** Signs a client in through {@code /login}; fails when it lands back on the form. */
	public Browser signInClient(String email, String password) {
		return signIn("/login", email, password, null);
	}

	/** Signs a client in, answering the two-factor step with the supplied code. */
	public Browser signInClient(String email, String password, Supplier<String> code) {
		return signIn("/login", email, password, code);
	}

	public Browser signInStaff(String email, String password) {
		return signIn("/admin/login", email, password, null);
	}

	public Browser signInStaff(String email, String password, Supplier<String> code) {
		return signIn("/admin/login", email, password, code);
	}

	private Browser signIn(String loginPath, String email, String password, Supplier<String> code) {
		open(loginPath);
		type("username", email);
		type("password", password);
		submit();
		if (code != null) {
			waitFor(By.id("code"));
			type("code", code.get());
			submit();
		}
		if (path().startsWith(loginPath) || path().contains("/login")) {
			throw new AssertionError("Sign-in failed for " + email + ": still on " + path() + "\n" + text("main"));
		}
		return this;
	}

	/** Signs out with the shell's sign-out button. */
	public Browser signOut() {
		click(By.cssSelector("header .user form button"));
		return this;
	}

	// ---- Forms and reading the page

	/** Replaces the value of the input with this id. */
	public Browser type(String id, String value) {
		WebElement input = waitFor(By.id(id));
		input.clear();
		input.sendKeys(value);
		return this;
	}

	public Browser select(String id, String value) {
		new Select(waitFor(By.id(id))).selectByValue(value);
		return this;
	}

	/** Submits the form around the focused input (the page's main form). */
	public Browser submit() {
		return click(By.cssSelector("main form button[type=submit], main form button:not([type])"));
	}

	/** Clicks and waits until the page it leads to is loaded. */
	public Browser click(By locator) {
		// Chromium may answer "node does not belong to the document" while a page is
		// still
		// being replaced: look the element up again instead of failing.
		WebElement element = new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class)
			.until(ExpectedConditions.elementToBeClickable(locator));
		element.click();
		new WebDriverWait(driver, WAIT).until(page -> replaced(element));
		return this;
	}

	/**
	 * Whether the element left the page. Besides Selenium's stale-element answer,
	 * Chromium may say the node "does not belong to the document" while the next page
	 * replaces it: that is the same fact, not an error.
	 */
	private static boolean replaced(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/** Clicks the link or button in the page's main part whose visible text is this. */
	public Browser clickText(String text) {
		return click(By.xpath("//main//*[self::a or self::button][normalize-space(.)='" + text + "']"));
	}

	public WebElement waitFor(By locator) {
		return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	public boolean has(By locator) {
		return !driver.findElements(locator).isEmpty();
	}

	public List<WebElement> all(By locator) {
		return driver.findElements(locator);
	}

	/** The visible text of the first element matching a CSS selector. */
	public String text(String css) {
		return waitFor(By.cssSelector(css)).getText();
	}

	// ---- Screenshots

	/** Saves what the browser shows to {@code target/screenshots/<name>.png}. */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
