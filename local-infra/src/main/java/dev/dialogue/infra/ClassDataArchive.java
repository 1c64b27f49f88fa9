package dev.dialogue.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The class-data archives a service's JVM can map at start: classes already parsed and verified,
 * so that the start loads fewer. Each is valid only for the JDK and the
 * jars that wrote it; a JVM handed a stale one warns and starts without it.
 */
public enum ClassDataArchive {
    /**
     * Dumped at the exit of a start that ran against the stack until ready ({@link ServiceStack}
     * trains it after each build): every class of the start, the runtime's too.
     */
    TRAINED("app-cds-trained.jsa"),
    /**
     * Written by the package step ({@code quarkus.package.jar.appcds.enabled}): the classes Quarkus
     * loads up to its static initialisation, which needs no broker or database.
     */
    PACKAGE_STEP("app-cds.jsa"),
    NONE(null);

    private final String fileName;

    ClassDataArchive(String fileName) {
        this.fileName = fileName;
    }

    /** The best archive this service's jars have: trained, else the package step's, else none. */
    static ClassDataArchive best(Path appFolder) {
        if (TRAINED.isCurrent(appFolder)) {
            return TRAINED;
        }
        return PACKAGE_STEP.isCurrent(appFolder) ? PACKAGE_STEP : NONE;
    }

    /** Present and written after the jar the JVM will run, so made from it. */
    boolean isCurrent(Path appFolder) {
        return file(appFolder).filter(Files::exists)
                .filter(archive -> modified(archive) >= modified(appFolder.resolve(DialogueService.RUNNER)))
                .isPresent();
    }

    /** The JVM flags that map this archive, for a JVM started in the app folder. */
    List<String> jvmFlags() {
        return fileName == null ? List.of() : List.of("-XX:SharedArchiveFile=" + fileName);
    }

    Optional<Path> file(Path appFolder) {
        return Optional.ofNullable(fileName).map(appFolder::resolve);
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
