package dev.dialogue.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialogue.infra.DialogueService;
import dev.dialogue.infra.LocalStack;
import dev.dialogue.infra.ServiceStack;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * {@code ./dialogue up --demo}: the local stack, then the Shenzhen forum loaded into it through
 * REST and Kafka only, then what to look at. Ctrl-C stops everything, as after {@code up}.
 */
public final class Demo {

    private Demo() {
    }

    public static void main(String[] args) throws Exception {
        ServiceStack stack = LocalStack.up(Path.of(args.length > 0 ? args[0] : "."));
        Instant started = Instant.now();
        Api api = new Api(stack);
        // Three weeks ahead, so every meeting slot is still to come whenever the demo runs.
        ShenzhenForum forum = new ShenzhenForum(api, LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(21));
        forum.load();
        print(api, forum, Duration.between(started, Instant.now()));
        Thread.currentThread().join();
    }

    private static void print(Api api, ShenzhenForum forum, Duration took) {
        String admin = api.admin();
        String id = forum.forumId();
        JsonNode registrations = api.get(DialogueService.REGISTRATION, "/api/forums/" + id + "/registrations/stats", admin);
        JsonNode funnel = api.get(DialogueService.MATCHMAKING, "/api/forums/" + id + "/matchmaking/stats", admin).path("total");
        StringBuilder out = new StringBuilder();
        out.append("\nThe Shenzhen forum is loaded (").append(took.toSeconds()).append(" s): forum '").append(id).append("'\n");
        out.append("  registrations by status  ").append(registrations.path("byStatus")).append('\n');
        out.append("  meetings                 requested ").append(funnel.path("requested"))
                .append(", accepted ").append(funnel.path("accepted")).append(", scheduled ").append(funnel.path("scheduled"))
                .append(", held ").append(funnel.path("held")).append(", cooperation possible ")
                .append(funnel.path("cooperationPossible")).append('\n');
        out.append("\nLook at it (README, 'After the demo'):\n");
        out.append("  TOKEN=$(./dialogue token admin)\n");
        out.append("  curl -s -H \"Authorization: Bearer $TOKEN\" http://localhost:8081/api/forums/").append(id).append('\n');
        out.append("  curl -s -H \"Authorization: Bearer $TOKEN\" http://localhost:8082/api/forums/").append(id)
                .append("/matchmaking/stats\n");
        out.append("  curl -s -H \"Authorization: Bearer $TOKEN\" http://localhost:8082/api/forums/").append(id)
                .append("/participants/").append(forum.named("technopolis")).append("/recommendations\n");
        for (String agreement : forum.executedAgreements()) {
            out.append("  curl -s -H \"Authorization: Bearer $TOKEN\" http://localhost:8083/api/agreements/").append(agreement)
                    .append("/certificate\n");
        }
        out.append("  ./dialogue kafka console-consumer --topic forum.agreements.v1 --from-beginning --formatter-property print.key=true\n");
        System.out.println(out);
    }
}
