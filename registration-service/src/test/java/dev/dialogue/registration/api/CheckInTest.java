package dev.dialogue.registration.api;

import static dev.dialogue.registration.Fixtures.adminToken;
import static dev.dialogue.registration.Fixtures.registrationBody;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.dialogue.infra.LocalInfra;
import dev.dialogue.registration.Fixtures;
import dev.dialogue.registration.OutboxRows;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CheckInTest {

    @Inject
    EntityManager entityManager;

    private final String admin = adminToken();
    private final String staff = LocalInfra.shared().tokens().mint("scanner-1", "staff");

    @Test
    void aScanChecksInOnceAndAReplayHasNoSecondEffect() {
        String id = approved();
        String qr = given().auth().oauth2(admin).get("/api/registrations/" + id + "/badge").then().statusCode(200)
                .body("qrPayload", startsWith("DIALOGUE1:")).extract().path("qrPayload");

        scan(qr).statusCode(200).body("alreadyCheckedIn", equalTo(false)).body("participantId", equalTo(id));
        scan(qr).statusCode(200).body("alreadyCheckedIn", equalTo(true));
        given().auth().oauth2(admin).get("/api/registrations/" + id).then().body("status", equalTo("CHECKED_IN"));

        assertThat(OutboxRows.ofType(entityManager, id, "dev.dialogue.participant.checked-in.v1")).isEqualTo(1);
    }

    @Test
    void aCancelledBadgeIsRefusedWithTheReasonAndAnUnknownOneIsNotFound() {
        String id = approved();
        String token = given().auth().oauth2(admin).get("/api/registrations/" + id + "/badge").then()
                .extract().path("token");
        given().auth().oauth2(admin).post("/api/registrations/" + id + "/cancel").then().statusCode(200);

        scan(token).statusCode(409).body("registrationStatus", equalTo("CANCELLED"));
        scan("DIALOGUE1:" + UUID.randomUUID()).statusCode(404).body("title", equalTo("Unknown badge"));
        scan(" ").statusCode(400).body("errors[0].field", equalTo("badge"));
    }

    @Test
    void aBadgeExistsOnlyAfterApprovalAndOnlyItsHolderOrStaffSeeIt() {
        Fixtures.OpenForum forum = Fixtures.openForum();
        String id = register(forum);
        given().auth().oauth2(admin).get("/api/registrations/" + id + "/badge").then().statusCode(409);
        given().auth().oauth2(admin).post("/api/registrations/" + id + "/approve").then().statusCode(200);

        given().auth().oauth2(LocalInfra.shared().tokens().mint(id, "participant"))
                .get("/api/registrations/" + id + "/badge").then().statusCode(200);
        given().auth().oauth2(LocalInfra.shared().tokens().mint(UUID.randomUUID().toString(), "participant"))
                .get("/api/registrations/" + id + "/badge").then().statusCode(403);
        given().auth().oauth2(LocalInfra.shared().tokens().mint("partner-1", "partner"))
                .contentType(ContentType.JSON).body(Map.of("badge", "x")).post("/api/registrations/check-in")
                .then().statusCode(403);
    }

    private io.restassured.response.ValidatableResponse scan(String badge) {
        return given().auth().oauth2(staff).contentType(ContentType.JSON).body(Map.of("badge", badge))
                .post("/api/registrations/check-in").then();
    }

    private String approved() {
        String id = register(Fixtures.openForum());
        given().auth().oauth2(admin).post("/api/registrations/" + id + "/approve").then().statusCode(200);
        return id;
    }

    private String register(Fixtures.OpenForum forum) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(registrationBody("Ли Вэй 李伟", "li-" + UUID.randomUUID() + "@example.cn",
                        Map.of("zh", "深圳市机器人协会"), "CN", forum.b2bSessionId()))
                .post("/api/forums/" + forum.forumId() + "/registrations").then().statusCode(201)
                .extract().path("participantId");
    }
}
