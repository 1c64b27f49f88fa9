package dev.dialogue.agreement.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.dialogue.agreement.AgreementFixtures;
import dev.dialogue.agreement.AgreementFixtures.Org;
import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.EventJson;
import dev.dialogue.events.EventType;
import dev.dialogue.events.meetings.Meeting;
import dev.dialogue.events.meetings.MeetingOutcome;
import dev.dialogue.events.meetings.MeetingStatus;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeetingOutcomeHandlerTest {

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    @Test
    void aMeetingThatFoundCooperationPossibleSuggestsADraftBetweenTheTwoOrganisationsOnce() {
        KafkaProbe kafka = new KafkaProbe(KafkaAccess.decode(kafkaAdmin));
        AgreementFixtures fixtures = new AgreementFixtures(kafka);
        Org technopolis = fixtures.organisation("ОЭЗ «Технополис Москва»", "RU", Sector.MICROELECTRONICS, Sector.ROBOTICS);
        Org lunai = fixtures.organisation("山东鲁耐信息技术集团", "CN", Sector.MICROELECTRONICS, Sector.TELECOM_IT);
        UUID anna = fixtures.person(technopolis, "Анна Смирнова");
        UUID zhang = fixtures.person(lunai, "张伟");
        UUID informative = UUID.randomUUID();
        UUID promising = UUID.randomUUID();

        CloudEvent cooperation = outcome(promising, fixtures.forumId, anna, zhang, MeetingOutcome.COOPERATION_POSSIBLE);
        kafka.send("forum.meetings.v1", outcome(informative, fixtures.forumId, anna, zhang, MeetingOutcome.INFORMATIVE));
        kafka.send("forum.meetings.v1", cooperation);
        kafka.send("forum.meetings.v1", CloudEvent.of(EventType.MEETING_OUTCOME_RECORDED, URI.create("/matchmaking-service"),
                promising.toString(), OffsetDateTime.now(), cooperation.data()));

        String agreements = "/api/forums/" + fixtures.forumId + "/agreements";
        await().atMost(AgreementFixtures.PATIENCE).untilAsserted(() -> given().auth().oauth2(fixtures.admin).get(agreements)
                .then().body("$", hasSize(1)));
        given().auth().oauth2(fixtures.admin).get(agreements).then()
                .body("[0].status", equalTo("DRAFT"))
                .body("[0].kind", equalTo("COOPERATION_AGREEMENT"))
                .body("[0].suggestedFromMeetingId", equalTo(promising.toString()))
                .body("[0].sectors", contains("MICROELECTRONICS"))
                .body("[0].parties.organisationId", contains(technopolis.id().toString(), lunai.id().toString()))
                .body("[0].title.en", equalTo("Cooperation agreement: ОЭЗ «Технополис Москва» and 山东鲁耐信息技术集团"));
    }

    private static CloudEvent outcome(UUID meetingId, String forumId, UUID requester, UUID invitee, MeetingOutcome outcome) {
        OffsetDateTime now = OffsetDateTime.now();
        Meeting meeting = new Meeting(meetingId, forumId, requester, invitee, MeetingStatus.SCHEDULED,
                new Meeting.Slot(UUID.randomUUID(), now, now.plusMinutes(20), 1), now, outcome, 3);
        return CloudEvent.of(EventType.MEETING_OUTCOME_RECORDED, URI.create("/matchmaking-service"), meetingId.toString(), now,
                EventJson.toBytes(meeting));
    }
}
