package dev.dialogue.infra;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialogue.events.EventJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code ./dialogue partner add <partnerId> <name> <forumId>...}: admits a partner system on the
 * running stack as an admin would ({@code POST /api/partners}) and keeps the credentials it returns
 * once in a client configuration readable by this user only, for {@code ./dialogue kafka --as
 * partner-<partnerId>}. The password is printed nowhere.
 */
public final class AdmitPartner {

    private AdmitPartner() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: ./dialogue partner add <partnerId> <name> <forumId>...");
            System.exit(2);
        }
        Path kafkaClients = Path.of(args[0]).resolve("kafka");
        String adminToken = args[1];
        List<String> forums = Arrays.asList(args).subList(4, args.length);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + DialogueService.REGISTRATION.port() + "/api/partners"))
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(EventJson.toBytes(Map.of("partnerId", args[2], "name", args[3],
                        "forums", forums))))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            System.err.println("registration-service answered " + response.statusCode() + ":\n" + response.body());
            System.exit(1);
        }
        JsonNode kafka = EventJson.mapper().readTree(response.body()).path("kafka");
        KafkaAccess access = new KafkaAccess(kafka.path("bootstrapServers").asText(), kafka.path("username").asText(),
                kafka.path("password").asText());
        Path clientConfig = kafkaClients.resolve(access.username() + ".properties");
        LocalStack.writeClientConfig(clientConfig, access);
        StringBuilder out = new StringBuilder("Admitted ").append(args[3]).append(" as ").append(args[2])
                .append(".\n  Principal on the broker  ").append(access.username())
                .append("  (its password is in ").append(clientConfig).append(", and nowhere else)\n");
        kafka.path("topics").properties().forEach(topic -> out.append(String.format("  %-24s %s%n", topic.getKey(),
                topic.getValue().asText())));
        out.append("  Consumer groups          ").append(kafka.path("consumerGroupPrefix").asText()).append("*\n")
                .append("  Its console tools        ./dialogue kafka --as ").append(access.username()).append(" console-consumer --group ")
                .append(kafka.path("consumerGroupPrefix").asText()).append("console --topic ")
                .append(kafka.path("topics").path("registration-results").asText()).append(" --from-beginning\n");
        System.out.print(out);
    }
}
