package dev.dialogue.infra.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a single-node KRaft broker (combined broker and controller) in a child JVM.
 *
 * <p>Arguments: the server properties file, the cluster id, and a file of SCRAM credentials, one
 * {@code kafka-storage --add-scram} argument a line, that the storage is formatted with on first
 * start: the broker's own and the admin's, which must exist before anyone can log in to add more. The broker halts as soon as its standard input closes, which happens when the parent
 * process dies for any reason, kill -9 included: no orphan broker outlives the tests.
 */
public final class KafkaServerMain {

    private KafkaServerMain() {
    }

    public static void main(String[] args) throws Exception {
        String properties = args[0];
        String clusterId = args[1];
        watchParent();
        if (!formatted(properties)) {
            List<String> format = new ArrayList<>(List.of("format", "-t", clusterId, "-c", properties, "--ignore-formatted"));
            for (String credential : Files.readAllLines(Path.of(args[2]))) {
                format.add("--add-scram");
                format.add(credential);
            }
            int status = kafka.tools.StorageTool.execute(format.toArray(String[]::new), System.out);
            if (status != 0) {
                throw new IllegalStateException("formatting the broker's storage failed with status " + status);
            }
        }
        kafka.Kafka.main(new String[] {properties});
    }

    private static boolean formatted(String properties) throws IOException {
        java.util.Properties config = new java.util.Properties();
        try (InputStream in = Files.newInputStream(Path.of(properties))) {
            config.load(in);
        }
        return Files.exists(Path.of(config.getProperty("log.dirs"), "meta.properties"));
    }

    private static void watchParent() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // Nothing is ever sent; the stream only tells that the parent is alive.
                }
            } catch (IOException ignored) {
                // A broken pipe means the same as end of stream.
            }
            Runtime.getRuntime().halt(0);
        }, "parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }
}
