package dev.dialogue.matchmaking.api;

import static dev.dialogue.matchmaking.MatchmakingFixtures.awaitSession;
import static dev.dialogue.matchmaking.MatchmakingFixtures.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialogue.events.EventJson;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
import dev.dialogue.matchmaking.MatchmakingFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A thousand requests fired at once for the same few tables and slots: the database's keys and the
 * scheduler's locks let each place go to one meeting and each person be in one place per slot.
 */
@QuarkusTest
class MeetingRaceTest {

    private static final int REQUESTERS = 1000;
    private static final int INVITEES = 250;
    private static final int TABLES = 5;
    private static final int SLOTS = 4;

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    @Inject
    EntityManager entityManager;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();

    @Test
    void aThousandConcurrentAcceptsFillEachPlaceOnceAndBookNoOneTwice() {
        MatchmakingFixtures fixtures = new MatchmakingFixtures(new KafkaProbe(KafkaAccess.decode(kafkaAdmin)));
        UUID session = awaitSession(fixtures.b2bSession(TABLES, SLOTS, 20));
        List<UUID> requesters = fixtures.approveMany("Requester", "RU", REQUESTERS);
        List<UUID> invitees = fixtures.approveMany("Invitee", "CN", INVITEES);
        await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from profile where forum_id = ?1",
                fixtures.forumId) == REQUESTERS + INVITEES);

        // Each invitee is asked by four requesters, all thousand requests at once.
        List<HttpResponse<String>> requested = all(IntStream.range(0, REQUESTERS).mapToObj(i -> post(requesters.get(i),
                "/api/forums/" + fixtures.forumId + "/meeting-requests",
                EventJson.toBytes(Map.of("inviteeId", invitees.get(i % INVITEES))))).toList());
        assertThat(requested).as("meeting requests").allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(201));

        List<HttpResponse<String>> accepted = all(IntStream.range(0, REQUESTERS).mapToObj(i -> post(invitees.get(i % INVITEES),
                "/api/meeting-requests/" + field(requested.get(i), "meetingId") + "/accept", new byte[0])).toList());

        assertThat(accepted).as("accepts").allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(200));
        Map<String, Long> statuses = accepted.stream().collect(Collectors.groupingBy(response -> field(response, "status"),
                Collectors.counting()));
        assertThat(statuses).as("statuses answered").isEqualTo(Map.of("SCHEDULED", (long) TABLES * SLOTS,
                "ACCEPTED", (long) REQUESTERS - TABLES * SLOTS));
        assertThat(count("select count(*) from table_booking where session_id = ?1", session)).as("tables booked")
                .isEqualTo(TABLES * SLOTS);
        assertThat(count("""
                select count(*) from meeting m join table_booking t on t.meeting_id = m.id
                where m.session_id = ?1 and m.status = 'SCHEDULED' and m.slot_start = t.slot_start and m.table_no = t.table_no""",
                session)).as("scheduled meetings, each holding the place it names").isEqualTo(TABLES * SLOTS);
        assertThat(count("""
                select count(*) from (select p, slot_start from (
                    select requester_id p, slot_start from meeting where session_id = ?1 and status = 'SCHEDULED'
                    union all select invitee_id, slot_start from meeting where session_id = ?1 and status = 'SCHEDULED') s
                group by p, slot_start having count(*) > 1) twice""", session))
                .as("people in two meetings at once").isZero();
    }

    private CompletableFuture<HttpResponse<String>> post(UUID participant, String path, byte[] json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Authorization", "Bearer " + token(participant))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Waits for every request already in flight. */
    private static List<HttpResponse<String>> all(List<CompletableFuture<HttpResponse<String>>> inFlight) {
        return inFlight.stream().map(CompletableFuture::join).collect(Collectors.toCollection(ArrayList::new));
    }

    private static String field(HttpResponse<String> response, String name) {
        try {
            JsonNode body = EventJson.mapper().readTree(response.body());
            return body.path(name).asText();
        } catch (IOException e) {
            throw new UncheckedIOException(response.body(), e);
        }
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
