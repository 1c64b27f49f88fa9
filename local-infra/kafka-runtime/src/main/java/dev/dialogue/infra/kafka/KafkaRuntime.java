package dev.dialogue.infra.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where the broker's classes are. Deliberately free of Kafka references, so a JVM that does not
 * have the broker on its classpath can load it and start the broker in a child JVM.
 */
public final class KafkaRuntime {

    /** The child JVM's entry point. */
    public static final String MAIN_CLASS = "dev.dialogue.infra.kafka.KafkaServerMain";

    private KafkaRuntime() {
    }

    /** This jar followed by the broker's dependency classpath, as resolved when this module was built. */
    public static String classpath() {
        try (InputStream in = KafkaRuntime.class.getResourceAsStream("broker.classpath")) {
            if (in == null) {
                throw new IllegalStateException("broker.classpath missing: build the kafka-runtime module");
            }
            String dependencies = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            Path self = Path.of(KafkaRuntime.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return self + java.io.File.pathSeparator + dependencies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
