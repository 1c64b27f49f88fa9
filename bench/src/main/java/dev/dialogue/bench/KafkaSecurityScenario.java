package dev.dialogue.bench;

import dev.dialogue.infra.ServiceStack;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Scenario 7: what it costs that the broker authenticates (SASL SCRAM-SHA-512) and authorises (ACLs)
 * every client. Partner intake (scenario 1, fewer requests) and end-to-end latency at 100 approvals a
 * second (scenario 3) on a stack as it always runs, then on a second one whose every client, the
 * services included, reaches the broker on a listener without login as its anonymous super user:
 * the baseline, in the same run.
 */
final class KafkaSecurityScenario {

    private static final int INTAKE_REQUESTS = 20_000;

    private final Path root;

    KafkaSecurityScenario(Path root) {
        this.root = root;
    }

    Map<String, Object> run() throws Exception {
        Map<String, Object> secured = measure(true);
        Map<String, Object> open = measure(false);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("with SASL and ACLs", secured);
        result.put("baseline: no login, no ACLs", open);
        result.put("intakePerSecond, secured over baseline", ratio(secured, open, "intakePerSecond"));
        result.put("toRecommendableP50Ms, secured over baseline", ratio(secured, open, "toRecommendableP50Ms"));
        result.put("toRecommendableP99Ms, secured over baseline", ratio(secured, open, "toRecommendableP99Ms"));
        result.put("toSignatoryP50Ms, secured over baseline", ratio(secured, open, "toSignatoryP50Ms"));
        result.put("toSignatoryP99Ms, secured over baseline", ratio(secured, open, "toSignatoryP99Ms"));
        result.put("targets", "within 10% of the baseline");
        return result;
    }

    private Map<String, Object> measure(boolean kafkaAuthentication) throws Exception {
        Path workDir = root.resolve("bench/target/stack-" + (kafkaAuthentication ? "secured" : "open"));
        try (ServiceStack stack = ServiceStack.start(root, workDir, Map.of(), kafkaAuthentication)) {
            StackAccess access = new StackAccess(stack);
            RestRegistrationScenario registration = new RestRegistrationScenario(stack, access);
            registration.run();
            List<UUID> pending = registration.registered();
            Map<String, Object> latency = new EndToEndLatencyScenario(stack, access, 100)
                    .run(pending.subList(0, EndToEndLatencyScenario.PEOPLE));
            Map<String, Object> intake = new PartnerIntakeScenario(stack, access, INTAKE_REQUESTS).run();
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("intakePerSecond", intake.get("intakePerSecond"));
            figures.put("baselineKafkaCopyPerSecond", intake.get("baselineKafkaCopyPerSecond"));
            for (String figure : List.of("toRecommendableP50Ms", "toRecommendableP99Ms", "toSignatoryP50Ms", "toSignatoryP99Ms",
                    "baselineKafkaP50Ms", "baselineKafkaP99Ms")) {
                figures.put(figure, latency.get(figure));
            }
            return figures;
        }
    }

    private static double ratio(Map<String, Object> secured, Map<String, Object> open, String figure) {
        double value = ((Number) secured.get(figure)).doubleValue() / ((Number) open.get(figure)).doubleValue();
        return Math.round(value * 1000) / 1000.0;
    }
}
