package io.certstats.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard at / in a real browser: Debian's headless Chromium driven through its chromedriver (both
 * from /usr/bin, which .ci/run installs; Selenium is told where they are, so it downloads nothing), against
 * the packaged app. The page loads, its four charts render, every figure it shows is the one the API
 * answers (read here without the browser), switching to Japanese and back relabels the page and the
 * charts, the page fits a phone's width, the browser logs no error, and axe-core (Deque's axe.min.js from
 * the test classpath, pinned in pom.xml) finds no serious or critical violation in either language. Screenshots and the axe summary
 * are written to target/dashboard; {@code -Ddashboard.screenshot.refresh=true} also copies the English
 * one to docs/images/dashboard.png, the README's picture.
 */
@QuarkusIntegrationTest
class DashboardBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** axe-core's script, from Deque's jar on the test classpath. */
    private static final String AXE = "/axe.min.js";
    private static final Path OUT = Path.of("target/dashboard");
    private static final Path README_PICTURE = Path.of("docs/images/dashboard.png");
    private static final String PROGRAM = "jp-all-certifications-engineers";
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static WebDriver browser;
    private static Path profile;

    @TestHTTPResource("/")
    URL app;

    @BeforeAll
    static void startChromium() throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and its driver are needed: apt-get install chromium chromium-driver (.ci/run does)");
        assertNotNull(DashboardBrowserIT.class.getResource(AXE), "axe-core's script is not on the test classpath (pom.xml)");
        Files.createDirectories(OUT);
        profile = Files.createTempDirectory("certstats-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1200,2400", "--lang=en-US", "--hide-scrollbars");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
        browser.manage().timeouts().scriptTimeout(WAIT);
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void theDashboardShowsTheApisFiguresInBothLanguages() throws Exception {
        browser.get(base() + "/?lang=en");
        awaitFiguresAndCharts("en");
        List<String> summary = new ArrayList<>();
        assertFiguresAreTheApis();
        screenshot("dashboard-en.png");
        summary.add("en: " + axe());

        String englishTitle = browser.findElement(By.tagName("h1")).getText();
        browser.findElement(By.cssSelector("button[data-lang='ja']")).click();
        awaitFiguresAndCharts("ja");
        assertNotEquals(englishTitle, browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.tagName("h1")).getText().codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), "a Japanese title");
        assertEquals("true", browser.findElement(By.cssSelector("button[data-lang='ja']")).getAttribute("aria-pressed"));
        assertTrue(browser.findElement(By.cssSelector("[data-figure='cost-list']")).getText().endsWith("円"));
        assertTrue(browser.getCurrentUrl().contains("lang=ja"), browser.getCurrentUrl());
        assertFiguresAreTheApis();
        screenshot("dashboard-ja.png");
        summary.add("ja: " + axe());

        // a phone's width: nothing wider than the screen but the tables' own scrolling boxes
        browser.manage().window().setSize(new Dimension(390, 2400));
        Number overflow = (Number) js().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow.intValue() <= 0, "the page is " + overflow + " px wider than a phone's screen");
        screenshot("dashboard-phone-ja.png");
        summary.add("phone ja: " + axe());

        browser.findElement(By.cssSelector("button[data-lang='en']")).click();
        awaitFiguresAndCharts("en");
        assertEquals(englishTitle, browser.findElement(By.tagName("h1")).getText());

        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        Files.write(OUT.resolve("axe-summary.txt"), summary);
        summary.forEach(line -> System.out.println("axe-core " + line));
        assertEquals(List.of(), errors, "errors in the browser's console");
        assertTrue(summary.stream().allMatch(line -> line.contains("serious/critical 0")), String.join("\n", summary));
        if (Boolean.getBoolean("dashboard.screenshot.refresh")) {
            Files.createDirectories(README_PICTURE.getParent());
            Files.copy(OUT.resolve("dashboard-en.png"), README_PICTURE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Waits until the page has read the API and every chart has loaded in the language. */
    private void awaitFiguresAndCharts(String language) {
        new WebDriverWait(browser, WAIT).until(b -> Boolean.TRUE.equals(js().executeScript(
                "return document.body.getAttribute('data-loaded') === 'true'"
                        + " && document.documentElement.lang === arguments[0]"
                        + " && [...document.querySelectorAll('img[data-chart]')].every(i => i.complete"
                        + " && i.naturalWidth > 0 && i.src.endsWith('lang=' + arguments[0]));", language)));
        List<WebElement> charts = browser.findElements(By.cssSelector("img[data-chart]"));
        assertEquals(4, charts.size());
        for (WebElement chart : charts) {
            assertFalse(chart.getAttribute("alt").isBlank(), "every chart has a text alternative");
        }
    }

    /** Every figure the page shows against the API's JSON, read here without the browser. */
    private void assertFiguresAreTheApis() throws Exception {
        for (JsonNode year : api("/api/v1/programs/" + PROGRAM + "/years?size=100").path("items")) {
            WebElement cell = figure("count-" + year.path("year").asInt());
            String grade = year.path("count").isNull() ? "" : year.path("source").path("grade").asText();
            assertEquals(grade, figure("grade-" + year.path("year").asInt()).getAttribute("data-value"),
                    "evidence grade of " + year.path("year"));
            if (year.path("count").isNull()) {
                assertEquals("", cell.getAttribute("data-value"));
                assertFalse(cell.getText().matches(".*\\d.*"), "no number for a year without a count: " + cell.getText());
            } else {
                assertEquals(year.path("count").asLong(), digits(cell.getText()), "count of " + year.path("year"));
            }
        }
        JsonNode matrix = api("/api/v1/rarity/matrix?program=" + PROGRAM);
        int latest = matrix.path("years").get(matrix.path("years").size() - 1).path("year").asInt();
        int rows = 0;
        for (JsonNode cell : matrix.path("cells")) {
            if (cell.path("year").asInt() != latest) {
                continue;
            }
            rows++;
            String base = cell.path("population").asText();
            assertEquals(cell.path("base").asLong(), digits(figure("base-" + base).getText()), base);
            long oneIn = new BigDecimal(cell.path("oneIn").asText()).setScale(0, RoundingMode.HALF_UP).longValueExact();
            assertEquals(oneIn, digits(figure("one-in-" + base).getText()), base);
            assertEquals(cell.path("grade").asText(), figure("grade-" + base).getAttribute("data-value"),
                    "the weaker grade of the count and " + base);
        }
        assertEquals(rows, browser.findElements(By.cssSelector("#rarity-table tbody tr")).size());
        JsonNode plan = api("/api/v1/recertification?program=" + PROGRAM);
        JsonNode cost = api("/api/v1/programs/" + PROGRAM + "/years/" + plan.path("year").asInt() + "/cost");
        assertEquals(cost.path("listPrice").path("totals").path("total").asLong(), digits(figure("cost-list").getText()));
        assertEquals(cost.path("withVouchers").path("totals").path("total").asLong(),
                digits(figure("cost-vouchers").getText()));
        assertEquals(cost.path("savedByVouchers").asLong(), digits(figure("cost-saved").getText()));
        List<String> exams = new ArrayList<>();
        plan.path("renewalExams").forEach(e -> exams.add(e.asText()));
        assertEquals(String.join(", ", exams), figure("recert-exams").getText());
        assertEquals(plan.path("cycleYears").asLong(), digits(figure("recert-cycle").getText()));
        assertEquals(plan.path("listPrice").path("totals").path("total").asLong(), digits(figure("recert-list").getText()));
        assertEquals(plan.path("withVouchers").path("totals").path("total").asLong(),
                digits(figure("recert-vouchers").getText()));
        // each figure with its source
        for (JsonNode link : cost.path("sources")) {
            assertFalse(browser.findElements(By.cssSelector("#cost-sources a[href='" + link.path("url").asText() + "']"))
                    .isEmpty(), link.toString());
        }
    }

    /**
     * axe-core's scan of the page as it is, injected from the classpath (the page's own policy forbids
     * scripts from elsewhere; WebDriver's are the browser's own). Returns a one-line summary.
     */
    @SuppressWarnings("unchecked")
    private String axe() throws IOException {
        try (InputStream script = DashboardBrowserIT.class.getResourceAsStream(AXE)) {
            js().executeScript(new String(script.readAllBytes(), StandardCharsets.UTF_8));
        }
        Map<String, Object> result = (Map<String, Object>) js().executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document).then(r => done({passes: r.passes.length, incomplete: r.incomplete.length,"
                        + " violations: r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length}))}))"
                        + ".catch(e => done({error: String(e)}));");
        assertFalse(result.containsKey("error"), String.valueOf(result.get("error")));
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
        Map<String, Integer> byImpact = new TreeMap<>();
        violations.forEach(v -> byImpact.merge(String.valueOf(v.get("impact")), 1, Integer::sum));
        long grave = violations.stream().filter(v -> "serious".equals(v.get("impact"))
                || "critical".equals(v.get("impact"))).count();
        return "axe-core " + js().executeScript("return axe.version;") + ": rules passed " + result.get("passes")
                + ", incomplete " + result.get("incomplete") + ", violations " + violations.size() + " " + byImpact
                + " " + violations + ", serious/critical " + grave;
    }

    private WebElement figure(String name) {
        return browser.findElement(By.cssSelector("[data-figure='" + name + "']"));
    }

    private static long digits(String text) {
        String digits = text.replaceAll("[^0-9]", "");
        assertFalse(digits.isEmpty(), "no number in '" + text + "'");
        return Long.parseLong(digits);
    }

    private JsonNode api(String path) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Accept", "application/json").timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), path);
        return JSON.readTree(answer.body());
    }

    private void screenshot(String name) throws IOException {
        Path file = OUT.resolve(name);
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        System.out.println("Screenshot: " + file);
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    private String base() {
        return app.toString().replaceAll("/$", "");
    }
}
