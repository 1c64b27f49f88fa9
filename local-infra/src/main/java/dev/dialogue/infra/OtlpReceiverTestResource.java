package dev.dialogue.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** An OTLP receiver in the test JVM that the application under test exports its spans to. */
public class OtlpReceiverTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile OtlpReceiver receiver;

    /** The receiver the application exports to, once it has started. */
    public static OtlpReceiver receiver() {
        if (receiver == null) {
            throw new IllegalStateException("no application under test exports to an OtlpReceiverTestResource");
        }
        return receiver;
    }

    @Override
    public Map<String, String> start() {
        receiver = OtlpReceiver.start();
        return Map.of("dialogue.tracing.otlp-endpoint", receiver.endpoint().toString());
    }

    @Override
    public void stop() {
        receiver.stop();
    }
}
