package dev.dialogue.registration;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.formatters.PatternFormatter;

/**
 * Every line the service logs while open, from every logger and thread, formatted as the console
 * handler would write it: category, level, message and stack trace.
 */
public final class CapturedLog extends Handler implements AutoCloseable {

    private final Queue<String> lines = new ConcurrentLinkedQueue<>();
    private final PatternFormatter formatter = new PatternFormatter("%c %p %s%e");

    private CapturedLog() {
    }

    public static CapturedLog start() {
        CapturedLog log = new CapturedLog();
        Logger.getLogger("").addHandler(log);
        return log;
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The lines of one logger (a class name), e.g. {@code dev.dialogue.platform.messaging.InboundEvents}. */
    public List<String> linesOf(String category) {
        return lines.stream().filter(line -> line.startsWith(category + " ")).toList();
    }

    @Override
    public void publish(LogRecord record) {
        lines.add(formatter.format(record));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
