package dev.dialogue.dashboard.api;

import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.EventJson;
import dev.dialogue.events.EventType;
import dev.dialogue.events.KafkaCloudEvents;
import dev.dialogue.events.Topic;
import dev.dialogue.events.forums.Forum;
import dev.dialogue.events.forums.ForumSession;
import dev.dialogue.events.forums.ForumStatus;
import dev.dialogue.events.forums.SessionKind;
import dev.dialogue.events.meetings.Meeting;
import dev.dialogue.events.meetings.MeetingOutcome;
import dev.dialogue.events.meetings.MeetingStatus;
import dev.dialogue.events.participants.Organisation;
import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.events.participants.RegistrationStatus;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.OrganisationKind;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfra;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** The dashboard against the real broker: events put on the forum topics come out as figures, over REST and SSE. */
@QuarkusTest
class DashboardResourceTest {

    private static final URI SOURCE = URI.create("/registration-service");
    private static final OffsetDateTime B2B_START = OffsetDateTime.of(2027, 3, 10, 14, 0, 0, 0, ZoneOffset.ofHours(8));

    @TestHTTPResource("/")
    URL base;

    private final KafkaProbe kafka = new KafkaProbe(LocalInfra.shared().kafkaAdmin());
    private final String forumId = "dash-" + UUID.randomUUID().toString().substring(0, 8);
    private final UUID b2b = UUID.randomUUID();

    @BeforeEach
    void ready() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    void eventsOnTheTopicsBecomeTheForumsFigures() {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10);
        publishForum(start);
        UUID moscow = UUID.randomUUID();
        UUID guangdong = UUID.randomUUID();
        publish(Topic.PARTICIPANTS, EventType.PARTICIPANT_REGISTERED, start.plusMinutes(1), registration(moscow, "RU", RegistrationStatus.SUBMITTED, 1));
        publish(Topic.PARTICIPANTS, EventType.PARTICIPANT_REGISTERED, start.plusMinutes(2), registration(guangdong, "CN", RegistrationStatus.SUBMITTED, 1));
        publish(Topic.PARTICIPANTS, EventType.PARTICIPANT_APPROVED, start.plusMinutes(3), registration(moscow, "RU", RegistrationStatus.APPROVED, 2));
        UUID meeting = UUID.randomUUID();
        publish(Topic.MEETINGS, EventType.MEETING_REQUESTED, start.plusMinutes(4), meeting(meeting, moscow, guangdong, MeetingStatus.REQUESTED, null, 1));
        publish(Topic.MEETINGS, EventType.MEETING_SCHEDULED, start.plusMinutes(5), meeting(meeting, moscow, guangdong, MeetingStatus.SCHEDULED, null, 2));
        publish(Topic.MEETINGS, EventType.MEETING_OUTCOME_RECORDED, start.plusMinutes(6),
                meeting(meeting, moscow, guangdong, MeetingStatus.SCHEDULED, MeetingOutcome.COOPERATION_POSSIBLE, 3));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token("staff"))
                .get("/api/forums/" + forumId + "/dashboard").then().statusCode(200)
                .body("meetings.funnel.cooperationPossible", equalTo(1)));
        given().auth().oauth2(token("admin")).get("/api/forums/" + forumId + "/dashboard").then().statusCode(200)
                .body("title.zh", equalTo("对话促发展"))
                .body("registrations.total", equalTo(2))
                .body("registrations.byStatus.APPROVED", equalTo(1))
                .body("registrations.byStatus.SUBMITTED", equalTo(1))
                .body("registrations.byCountryGroup.RU", equalTo(1))
                .body("registrations.byCountryGroup.CN", equalTo(1))
                .body("registrations.bySector.ROBOTICS", equalTo(2))
                .body("meetings.funnel.requested", equalTo(1))
                .body("meetings.funnel.accepted", equalTo(1))
                .body("meetings.funnel.scheduled", equalTo(1))
                .body("meetings.funnel.held", equalTo(1))
                .body("meetings.sessions[0].booked", equalTo(1))
                .body("meetings.sessions[0].cells[0]", equalTo(List.of(1, 2, 2)));
        given().auth().oauth2(token("admin")).queryParam("at", start.plusMinutes(2).plusSeconds(30).toString())
                .get("/api/forums/" + forumId + "/dashboard").then().statusCode(200)
                .body("registrations.total", equalTo(2))
                .body("registrations.byStatus.SUBMITTED", equalTo(2))
                .body("meetings.funnel.requested", equalTo(0));
        given().auth().oauth2(token("staff")).get("/api/forums").then().statusCode(200).body("forumId", hasItem(forumId));
    }

    @Test
    void aRecordItCannotReadIsSkippedAndTheNextOnesCount() {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC);
        publishForum(start);
        kafka.send(new ProducerRecord<>(Topic.PARTICIPANTS.topicName(), null, UUID.randomUUID().toString(),
                "{not json".getBytes(StandardCharsets.UTF_8), KafkaCloudEvents.headers(CloudEvent.of(EventType.PARTICIPANT_REGISTERED,
                        SOURCE, forumId, start, null))));
        kafka.send(new ProducerRecord<>(Topic.PARTICIPANTS.topicName(), UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8)));
        publish(Topic.PARTICIPANTS, EventType.PARTICIPANT_REGISTERED, start, registration(UUID.randomUUID(), "AE", RegistrationStatus.SUBMITTED, 1));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token("admin"))
                .get("/api/forums/" + forumId + "/dashboard").then().statusCode(200)
                .body("registrations.total", equalTo(1)).body("registrations.byCountryGroup.OTHER", equalTo(1)));
    }

    @Test
    void anOpenStreamShowsANewEventWithoutAsking() throws Exception {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC);
        publishForum(start);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token("admin"))
                .get("/api/forums/" + forumId + "/dashboard").then().statusCode(200));

        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(base.toURI().resolve("/api/forums/" + forumId + "/dashboard/stream"))
                .header("Authorization", "Bearer " + token("staff")).header("Accept", "text/event-stream").build();
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        CompletableFuture.runAsync(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                reader.lines().filter(line -> line.startsWith("data:")).forEach(lines::add);
            } catch (java.io.IOException e) {
                // the test has ended and closed the stream
            }
        });
        assertThat(lines.poll(30, TimeUnit.SECONDS)).contains("\"total\":0");

        publish(Topic.PARTICIPANTS, EventType.PARTICIPANT_REGISTERED, start, registration(UUID.randomUUID(), "RU", RegistrationStatus.SUBMITTED, 1));
        String next = lines.poll(30, TimeUnit.SECONDS);
        assertThat(next).contains("\"total\":1");
        response.body().close();
    }

    @Test
    void aBadInstantIsAProblemNamingIt() {
        publishForum(OffsetDateTime.now(ZoneOffset.UTC));
        given().auth().oauth2(token("admin")).queryParam("at", "yesterday").get("/api/forums/" + forumId + "/dashboard").then()
                .statusCode(400).contentType(startsWith("application/problem+json")).body("field", equalTo("at"));
    }

    @Test
    void aForumNoEventNamesIsNotFound() {
        given().auth().oauth2(token("admin")).get("/api/forums/nowhere-" + UUID.randomUUID() + "/dashboard").then()
                .statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    void onlyStaffAndAdminsSeeTheFigures() {
        given().get("/api/forums").then().statusCode(401).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(token("participant")).get("/api/forums").then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2(token("partner")).get("/api/forums/x/dashboard/stream").then().statusCode(403);
    }

    @Test
    void thePageAndItsChartingLibraryAreServed() {
        given().get("/").then().statusCode(200).contentType(startsWith("text/html"))
                .body(org.hamcrest.Matchers.containsString("/webjars/echarts/5.3.1/dist/echarts.min.js"));
        given().get("/webjars/echarts/5.3.1/dist/echarts.min.js").then().statusCode(200);
        given().get("/dashboard.js").then().statusCode(200);
    }

    @Test
    void theOpenApiDocumentNamesEachOperation() {
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/forums/{forumId}/dashboard'.get.operationId", equalTo("getForumDashboard"))
                .body("paths.'/api/forums/{forumId}/dashboard'.get.responses.'400'.description", startsWith("at is not"));
    }

    private static String token(String role) {
        return LocalInfra.shared().tokens().mint(role + "-1", role);
    }

    private void publishForum(OffsetDateTime time) {
        LocalDate day = B2B_START.toLocalDate();
        Forum forum = new Forum(forumId, LocalizedText.of("Диалог во имя развития", "对话促发展", "Dialogue for Development"), "Shenzhen",
                "Asia/Shanghai", day, day, ForumStatus.OPEN, List.of(), List.of(new ForumSession(b2b, SessionKind.B2B_MEETINGS,
                        LocalizedText.of(null, null, "B2B"), B2B_START, B2B_START.plusHours(2), 100, List.of(Sector.ROBOTICS), 5, 20)), 1);
        publish(Topic.FORUMS, EventType.FORUM_CREATED, time, forum);
    }

    private ParticipantRegistration registration(UUID participant, String country, RegistrationStatus status, long version) {
        return new ParticipantRegistration(participant, forumId, status, new Organisation(UUID.randomUUID(),
                LocalizedText.of(null, null, "Org " + country), OrganisationKind.COMPANY, country, null),
                ParticipantCategory.COMPANY_REPRESENTATIVE, List.of("ru"), List.of(Sector.ROBOTICS), List.of(), List.of(), List.of(), null,
                OffsetDateTime.now(ZoneOffset.UTC), version);
    }

    private Meeting meeting(UUID meeting, UUID requester, UUID invitee, MeetingStatus status, MeetingOutcome outcome, long version) {
        Meeting.Slot slot = status == MeetingStatus.SCHEDULED
                ? new Meeting.Slot(b2b, B2B_START.plusMinutes(20), B2B_START.plusMinutes(40), 3) : null;
        return new Meeting(meeting, forumId, requester, invitee, status, slot, OffsetDateTime.now(ZoneOffset.UTC), outcome, version);
    }

    private void publish(Topic topic, EventType type, OffsetDateTime time, Object payload) {
        String subject = payload instanceof Forum forum ? forum.forumId() : payload instanceof ParticipantRegistration registration
                ? registration.participantId().toString() : ((Meeting) payload).meetingId().toString();
        kafka.send(topic.topicName(), new CloudEvent(UUID.randomUUID(), SOURCE, type.typeName(), subject, time, type.dataSchema(),
                CloudEvent.JSON, EventJson.toBytes(payload)));
    }
}
