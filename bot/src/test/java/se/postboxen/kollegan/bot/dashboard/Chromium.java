package se.postboxen.kollegan.bot.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (no browser or driver
 * download), with the checks every dashboard page gets: axe-core for WCAG 2.2 A/AA, and
 * screenshots at the widths the dashboard is made for. The browser asks for Swedish, as
 * the dashboard's users' browsers do.
 */
final class Chromium implements AutoCloseable {

	static final Path BROWSER = Path.of(System.getProperty("kollegan.chromium", "/usr/bin/chromium"));

	static final Path DRIVER = Path.of(System.getProperty("kollegan.chromedriver", "/usr/bin/chromedriver"));

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/** Phones, tablets and desktops; the Teams side panel is narrower still (320 px). */
	static final List<Integer> WIDTHS = List.of(375, 768, 1280);

	private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private final ChromeDriverService service;

	private final ChromeDriver driver;

	private Chromium(ChromeDriverService service, ChromeDriver driver) {
		this.service = service;
		this.driver = driver;
	}

	/**
	 * @throws IllegalStateException when Chromium or its driver is not installed; the
	 * browser tests are part of the build, so they fail rather than skip
	 */
	static Chromium start() {
		if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
			throw new IllegalStateException("The dashboard's browser tests need Debian's Chromium at " + BROWSER
					+ " and its driver at " + DRIVER + ": apt-get install -y chromium chromium-driver "
					+ "(.ci/run installs them when missing)");
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run", "--lang=sv",
				"--window-size=1280,900");
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "sv"));
		return new Chromium(service, new ChromeDriver(service, options));
	}

	WebDriver driver() {
		return this.driver;
	}

	WebDriverWait waiting(Duration timeout) {
		WebDriverWait wait = new WebDriverWait(this.driver, timeout);
		wait.pollingEvery(Duration.ofMillis(50));
		return wait;
	}

	void width(int width) {
		this.driver.manage().window().setSize(new Dimension(width, 900));
	}

	/**
	 * Runs axe-core on the page as it is and prints what it found, one line per page;
	 * returns the serious and critical violations, which the tests require to be none.
	 */
	List<String> axe(String page) {
		Results results = new AxeBuilder().withTags(WCAG).analyze(this.driver);
		List<Rule> violations = results.getViolations();
		List<String> severe = violations.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
					+ rule.getNodes()
						.stream()
						.map(node -> String.valueOf(node.getTarget()))
						.collect(Collectors.joining(", ")))
			.toList();
		System.out.printf("axe %-28s %4d px: %d passed, %d violations, %d serious or critical%s%n", page,
				this.driver.manage().window().getSize().getWidth(), results.getPasses().size(), violations.size(),
				severe.size(), violations.isEmpty() ? ""
						: " " + violations.stream().map(rule -> rule.getId() + "=" + rule.getImpact()).toList());
		return severe;
	}

	/**
	 * The whole page at the Teams side panel's width and at every width the dashboard is
	 * made for, back at 1280 px after.
	 */
	void screenshotAtEveryWidth(String name) {
		screenshot(name, 320);
		for (int width : WIDTHS) {
			assertThat(screenshot(name, width)).isNotEmptyFile();
		}
		width(1280);
	}

	/** Replaces what a text field holds, as a person selecting it all and typing does. */
	void type(String fieldId, String text) {
		WebElement input = this.driver.findElement(By.id(fieldId));
		input.clear();
		input.sendKeys(text);
	}

	/**
	 * The whole page at this width, saved as
	 * {@code target/screenshots/<name>-<width>.png}.
	 */
	Path screenshot(String name, int width) {
		width(width);
		long height = (Long) ((JavascriptExecutor) this.driver)
			.executeScript("return Math.ceil(document.documentElement.scrollHeight)");
		this.driver.manage().window().setSize(new Dimension(width, (int) Math.min(height, 4000)));
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + "-" + width + ".png");
			Files.write(file, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			width(width);
		}
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			this.service.stop();
		}
	}

}
