package dev.dialogue.infra;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Kills a process we started when this JVM dies, however it dies (kill -9 included): a shell
 * waits for end of file on a pipe from this JVM, which only the JVM's death produces, then sends
 * the signal. For processes that cannot watch their own standard input (PostgreSQL, the services).
 */
final class OrphanGuard {

    private final Process guard;

    private OrphanGuard(Process guard) {
        this.guard = guard;
    }

    static OrphanGuard killWhenThisJvmDies(long pid, String signal) {
        try {
            Process guard = new ProcessBuilder("sh", "-c", "cat > /dev/null; kill -" + signal + " " + pid + " 2>/dev/null")
                    .redirectErrorStream(true)
                    .start();
            return new OrphanGuard(guard);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the orphan guard", e);
        }
    }

    /** The guarded process was stopped normally: stand down without signalling it. */
    void standDown() {
        guard.destroyForcibly();
    }
}
