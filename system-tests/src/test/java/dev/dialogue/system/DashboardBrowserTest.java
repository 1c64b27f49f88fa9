package dev.dialogue.system;

import static dev.dialogue.system.RunningSystem.admin;
import static dev.dialogue.system.RunningSystem.as;
import static dev.dialogue.system.RunningSystem.demo;
import static dev.dialogue.system.RunningSystem.stack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.dialogue.demo.ShenzhenForum;
import dev.dialogue.infra.DialogueService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The dashboard page in a real browser, on the stack with the Shenzhen demo loaded: its figures
 * (the JSON, the page's tiles and charts) are what registration's and matchmaking's stats say, a registration made over REST reaches
 * the open page, and the page is saved as a picture (target/dashboard.png).
 */
class DashboardBrowserTest {

    private static final Path SCREENSHOT = Path.of("target/dashboard.png");

    @Test
    void thePageShowsTheServicesStatsAndFollowsANewRegistration() throws IOException {
        ShenzhenForum forum = demo();
        String forumId = forum.forumId();
        Map<String, Object> registrations = stats(DialogueService.REGISTRATION, forumId + "/registrations/stats");
        Map<String, Object> meetings = stats(DialogueService.MATCHMAKING, forumId + "/matchmaking/stats");
        @SuppressWarnings("unchecked")
        Map<String, Object> funnel = (Map<String, Object>) meetings.get("total");
        long total = ((Number) registrations.get("total")).longValue();

        ChromeDriver browser = Chromium.open(Path.of("target/chromium"));
        try {
            browser.get(stack().url(DialogueService.DASHBOARD) + "/?forum=" + forumId);
            browser.findElement(By.id("token")).sendKeys(stack().infra().tokens().mint("staff-1", "staff"));
            browser.findElement(By.cssSelector("#login button")).click();

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(counts(as(admin(), DialogueService.DASHBOARD).get("/api/forums/" + forumId + "/dashboard").then()
                        .statusCode(200).extract().jsonPath().getMap("meetings.funnel"))).isEqualTo(counts(funnel));
                assertThat(tile(browser, "total-registrations")).isEqualTo(total);
                assertThat(tile(browser, "total-meetings")).isEqualTo(number(funnel.get("requested")));
                assertThat(tile(browser, "total-scheduled")).isEqualTo(number(funnel.get("scheduled")));
                assertThat(tile(browser, "total-executed")).isEqualTo(forum.executedAgreements().size());
                assertThat(series(browser, "chart-status")).isEqualTo(counts(registrations.get("byStatus")));
                assertThat(series(browser, "chart-funnel").values()).containsExactly(number(funnel.get("requested")),
                        number(funnel.get("accepted")), number(funnel.get("scheduled")), number(funnel.get("held")),
                        number(funnel.get("cooperationPossible")));
            });

            register(forumId);
            long registered = System.nanoTime();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                    .untilAsserted(() -> assertThat(tile(browser, "total-registrations")).isEqualTo(total + 1));
            System.out.printf("[DashboardBrowserTest] the new registration reached the open page %d ms after the 201%n",
                    Duration.ofNanos(System.nanoTime() - registered).toMillis());

            // ECharts animates each change for about a second; the picture shows the settled charts.
            Thread.sleep(1500);
            Files.write(SCREENSHOT, browser.getScreenshotAs(OutputType.BYTES));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            browser.quit();
        }
        assertThat(SCREENSHOT).isNotEmptyFile();
    }

    private static Map<String, Object> stats(DialogueService service, String path) {
        return as(admin(), service).get("/api/forums/" + path).then().statusCode(200).extract().jsonPath().getMap("$");
    }

    private static long tile(ChromeDriver browser, String id) {
        String text = browser.findElement(By.id(id)).getText();
        return text.matches("\\d+") ? Long.parseLong(text) : -1;
    }

    /** The first series of the chart in element {@code id}, name to value, as ECharts holds it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Long> series(ChromeDriver browser, String id) {
        List<List<Object>> points = (List<List<Object>>) ((JavascriptExecutor) browser).executeScript("""
                const chart = echarts.getInstanceByDom(document.getElementById(arguments[0]));
                return chart ? chart.getOption().series[0].data.map(point => [point.name, point.value]) : [];""", id);
        Map<String, Long> series = new LinkedHashMap<>();
        points.forEach(point -> series.put((String) point.get(0), number(point.get(1))));
        return series;
    }

    private static Map<String, Long> counts(Object json) {
        Map<String, Long> counts = new LinkedHashMap<>();
        ((Map<?, ?>) json).forEach((key, value) -> counts.put((String) key, number(value)));
        return counts;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static void register(String forumId) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        as(admin(), DialogueService.REGISTRATION).body(Map.of("fullName", "Участник " + id, "email", id + "@example.org",
                "organisation", Map.of("name", Map.of("en", "Organisation " + id), "kind", "COMPANY", "country", "CN"),
                "category", "COMPANY_REPRESENTATIVE",
                "consent", Map.of("textVersion", "pd-consent-2025-01", "givenAt", "2025-11-01T10:00:00Z")))
                .post("/api/forums/" + forumId + "/registrations").then().statusCode(201);
    }
}
