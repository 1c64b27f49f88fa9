package dev.dialogue.matchmaking.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.dialogue.events.vocabulary.InterestType;
import dev.dialogue.events.vocabulary.OrganisationKind;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
import dev.dialogue.infra.LocalInfra;
import dev.dialogue.matchmaking.MatchmakingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Technopolis Moscow looks for partners among Chinese companies and investors. */
@QuarkusTest
class RecommendationResourceTest {

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    private final String admin = LocalInfra.shared().tokens().mint("admin-1", "admin");
    private String forumId;
    private MatchmakingFixtures fixtures;
    private UUID technopolisOrganisation;

    @BeforeEach
    void newForum() {
        fixtures = new MatchmakingFixtures(new KafkaProbe(KafkaAccess.decode(kafkaAdmin)));
        forumId = fixtures.forumId;
        technopolisOrganisation = UUID.randomUUID();
    }

    @Test
    void ranksCounterpartsWithReasonsAndNeverProposesColleagues() {
        UUID sez = approve("Анна Смирнова", technopolisOrganisation, OrganisationKind.SEZ, "RU",
                ParticipantCategory.GOVERNMENT_OFFICIAL, List.of("ru", "en"), List.of(Sector.ROBOTICS, Sector.MICROELECTRONICS),
                List.of(InterestType.SEZ_SITE), List.of(InterestType.PARTNERSHIP));
        UUID lunai = approve("刘伟", UUID.randomUUID(), OrganisationKind.COMPANY, "CN",
                ParticipantCategory.COMPANY_REPRESENTATIVE, List.of("zh", "en"), List.of(Sector.MICROELECTRONICS),
                List.of(InterestType.PARTNERSHIP), List.of(InterestType.SEZ_SITE));
        UUID robotics = approve("Chen Jing", UUID.randomUUID(), OrganisationKind.COMPANY, "CN",
                ParticipantCategory.COMPANY_REPRESENTATIVE, List.of("zh"), List.of(Sector.ROBOTICS), List.of(), List.of());
        UUID colleague = approve("Иван Петров", technopolisOrganisation, OrganisationKind.SEZ, "RU",
                ParticipantCategory.GOVERNMENT_OFFICIAL, List.of("ru"), List.of(Sector.ROBOTICS), List.of(), List.of());
        approve("Pharma Investor", UUID.randomUUID(), OrganisationKind.INVESTOR, "CN", ParticipantCategory.INVESTOR,
                List.of("en"), List.of(Sector.PHARMACEUTICALS), List.of(InterestType.INVESTMENT), List.of());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> recommendations(sez, admin)
                .body("participantId", equalTo(List.of(lunai.toString(), robotics.toString()))));
        recommendations(sez, admin)
                .body("[0].reasons.code", hasItem("THEY_SEEK_WHAT_YOU_OFFER"))
                .body("[0].reasons.code", hasItem("CROSS_BORDER"))
                .body("[1].reasons.code", hasItem("INTERPRETER_NEEDED"))
                .body("participantId", not(hasItem(colleague.toString())));
    }

    @Test
    void aNewlyApprovedParticipantShowsUpInOthersLists() {
        UUID sez = approve("Анна Смирнова", technopolisOrganisation, OrganisationKind.SEZ, "RU",
                ParticipantCategory.GOVERNMENT_OFFICIAL, List.of("ru"), List.of(Sector.ROBOTICS), List.of(), List.of());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> recommendations(sez, admin).body("size()", equalTo(0)));

        UUID newcomer = approve("Newcomer", UUID.randomUUID(), OrganisationKind.COMPANY, "CN",
                ParticipantCategory.COMPANY_REPRESENTATIVE, List.of("en"), List.of(Sector.ROBOTICS), List.of(), List.of());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> recommendations(sez, admin)
                .body("participantId", hasItem(newcomer.toString())));
    }

    @Test
    void aParticipantWhoLeavesDisappearsFromListsAlreadyServed() {
        UUID sez = approve("Анна Смирнова", technopolisOrganisation, OrganisationKind.SEZ, "RU",
                ParticipantCategory.GOVERNMENT_OFFICIAL, List.of("ru"), List.of(Sector.ROBOTICS), List.of(), List.of());
        UUID leaving = approve("Leaving Soon", UUID.randomUUID(), OrganisationKind.COMPANY, "CN",
                ParticipantCategory.COMPANY_REPRESENTATIVE, List.of("en"), List.of(Sector.ROBOTICS), List.of(), List.of());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> recommendations(sez, admin)
                .body("participantId", hasItem(leaving.toString())));

        fixtures.leave(leaving);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> recommendations(sez, admin)
                .body("participantId", not(hasItem(leaving.toString()))));
        recommendations(leaving, admin).statusCode(404);
    }

    /** Over a thousand changes since the last query (a partner's bulk import): the index reads the forum whole. */
    @Test
    void aBulkImportIsReadWhole() {
        UUID sez = approve("Анна Смирнова", technopolisOrganisation, OrganisationKind.SEZ, "RU",
                ParticipantCategory.GOVERNMENT_OFFICIAL, List.of("en"), List.of(Sector.ROBOTICS), List.of(), List.of());
        List<UUID> imported = fixtures.approveMany("Shenzhen Robotics", "CN", 1_200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(admin)
                .get("/api/forums/" + forumId + "/profiles").then().body("size()", equalTo(1_201)));

        // All score alike, so names decide the order: the first ten of all 1,200 names.
        List<String> firstTen = IntStream.range(0, imported.size()).boxed()
                .sorted(Comparator.comparing(i -> "Shenzhen Robotics " + i)).limit(10)
                .map(i -> imported.get(i).toString()).toList();
        recommendations(sez, admin).statusCode(200).body("participantId", equalTo(firstTen));
    }

    @Test
    void onlyTheParticipantThemselfOrAnAdminAsks() {
        UUID sez = approve("Анна Смирнова", technopolisOrganisation, OrganisationKind.SEZ, "RU",
                ParticipantCategory.GOVERNMENT_OFFICIAL, List.of("ru"), List.of(Sector.ROBOTICS), List.of(), List.of());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> recommendations(sez, admin).statusCode(200));

        recommendations(sez, LocalInfra.shared().tokens().mint(sez.toString(), "participant")).statusCode(200);
        recommendations(sez, LocalInfra.shared().tokens().mint(UUID.randomUUID().toString(), "participant")).statusCode(403);
        recommendations(UUID.randomUUID(), admin).statusCode(404);
        given().auth().oauth2(admin).queryParam("limit", 0)
                .get("/api/forums/" + forumId + "/participants/" + sez + "/recommendations")
                .then().statusCode(400).body("field", equalTo("limit"));
    }

    @Test
    void theSectorsHaveThreeLabels() {
        given().auth().oauth2(admin).get("/api/sectors").then().statusCode(200)
                .body("find { it.code == 'ROBOTICS' }.label.zh", equalTo("机器人技术"));
    }

    private io.restassured.response.ValidatableResponse recommendations(UUID participantId, String token) {
        return given().auth().oauth2(token).get("/api/forums/" + forumId + "/participants/" + participantId
                + "/recommendations").then();
    }

    private UUID approve(String name, UUID organisationId, OrganisationKind kind, String country,
            ParticipantCategory category, List<String> languages, List<Sector> sectors, List<InterestType> offers,
            List<InterestType> seeks) {
        return fixtures.approve(name, organisationId, kind, country, category, languages, sectors, offers, seeks);
    }
}
