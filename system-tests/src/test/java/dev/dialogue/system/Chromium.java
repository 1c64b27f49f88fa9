package dev.dialogue.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven over WebDriver: Debian's {@code chromium} and {@code chromium-driver},
 * installed with apt-get where missing (which needs root). Selenium is given both paths, so its
 * manager never tries to download a browser.
 */
final class Chromium {

    private static final Path BROWSER = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /**
     * A headless browser with an English-speaking user and a window tall enough for the whole page;
     * its profile and temporary files go under {@code workDir}, none to the system's temporary folder.
     */
    static ChromeDriver open(Path workDir) {
        install();
        Path temporary = workDir.resolve("tmp").toAbsolutePath();
        try {
            Files.createDirectories(temporary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(BROWSER.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,2400", "--lang=en-US",
                        "--user-data-dir=" + workDir.resolve("profile").toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort()
                .withEnvironment(Map.of("TMPDIR", temporary.toString())).build();
        return new ChromeDriver(service, options);
    }

    private static synchronized void install() {
        if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
            return;
        }
        System.out.println("[Chromium] " + BROWSER + " or " + DRIVER + " is missing: installing Debian's chromium and "
                + "chromium-driver with apt-get (needs root)");
        run(List.of("apt-get", "update"));
        run(List.of("apt-get", "install", "-y", "--no-install-recommends", "chromium", "chromium-driver"));
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + process.exitValue()
                        + "; install chromium and chromium-driver as root");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
