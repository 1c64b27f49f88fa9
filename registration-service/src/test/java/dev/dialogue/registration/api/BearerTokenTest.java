package dev.dialogue.registration.api;

import static dev.dialogue.registration.Fixtures.adminToken;
import static dev.dialogue.registration.Fixtures.registrationBody;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.dialogue.infra.DevTokens;
import dev.dialogue.infra.LocalInfra;
import dev.dialogue.platform.security.Roles;
import dev.dialogue.registration.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who calls is the token's subject, whatever its upn says (ApiSweepTest refuses tokens for another audience everywhere). */
@QuarkusTest
class BearerTokenTest {

    private final DevTokens tokens = LocalInfra.shared().tokens();
    private final String admin = adminToken();

    @Test
    void aParticipantsTokenActsForItsSubjectThoughItsUpnNamesAnother() {
        Fixtures.OpenForum forum = Fixtures.openForum();
        String anna = register(forum, "Анна Смирнова", admin).statusCode(201).extract().path("participantId");
        String zhang = register(forum, "张伟", admin).statusCode(201).extract().path("participantId");
        String annaNamedZhang = named(anna, zhang, Roles.PARTICIPANT);

        given().auth().oauth2(annaNamedZhang).get("/api/participants/" + zhang + "/export").then().statusCode(403)
                .contentType("application/problem+json").body("detail", equalTo("a participant may act only on their own data"));
        given().auth().oauth2(annaNamedZhang).post("/api/registrations/" + zhang + "/cancel").then().statusCode(403);
        given().auth().oauth2(annaNamedZhang).get("/api/participants/" + anna + "/export").then().statusCode(200)
                .body("registration.fullName", equalTo("Анна Смирнова"));
        given().auth().oauth2(admin).get("/api/registrations/" + zhang).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void aPartnersTokenRegistersAsItsSubjectThoughItsUpnNamesAnother() {
        Fixtures.OpenForum forum = Fixtures.openForum();
        String foundation = "syef-" + UUID.randomUUID().toString().substring(0, 8);
        String stranger = "stranger-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("partnerId", foundation, "name", "Shanghai Youth Entrepreneurship Foundation",
                        "forums", List.of(forum.forumId())))
                .post("/api/partners").then().statusCode(201);

        register(forum, "Stranger's Delegate", named(stranger, foundation, Roles.PARTNER)).statusCode(403)
                .body("detail", equalTo("partner " + stranger + " may not register into forum " + forum.forumId()));
        register(forum, "王小明", named(foundation, stranger, Roles.PARTNER)).statusCode(201);
    }

    /** A token for the subject whose upn and preferred_username name someone else. */
    private String named(String subject, String other, String role) {
        return tokens.mintWithClaims(subject, Map.of("upn", other, "preferred_username", other), role);
    }

    private static ValidatableResponse register(Fixtures.OpenForum forum, String fullName, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(registrationBody(fullName, "p-" + UUID.randomUUID() + "@example.org", Map.of("en", fullName + " Org"), "RU",
                        null))
                .post("/api/forums/" + forum.forumId() + "/registrations").then();
    }
}
