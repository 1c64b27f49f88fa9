package dev.dialogue.registration.api;

import static dev.dialogue.registration.Fixtures.adminToken;
import static dev.dialogue.registration.Fixtures.registrationBody;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.dialogue.registration.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegistrationQueriesTest {

    private final String admin = adminToken();
    private Fixtures.OpenForum forum;

    @BeforeEach
    void registerADelegation() {
        forum = Fixtures.openForum();
        register("Investor One", "INVESTOR", "CN", List.of("ROBOTICS"));
        register("Investor Two", "INVESTOR", "RU", List.of("PHARMACEUTICALS"));
        register("Founder One", "YOUNG_ENTREPRENEUR", "CN", List.of("ROBOTICS", "ARTIFICIAL_INTELLIGENCE"));
        String approved = register("Founder Two", "YOUNG_ENTREPRENEUR", "CN", List.of("FOOD_TECH"));
        given().auth().oauth2(admin).post("/api/registrations/" + approved + "/approve").then().statusCode(200);
    }

    @Test
    void filtersCombineAndPagesFollowArrival() {
        given().auth().oauth2(admin).queryParam("category", "YOUNG_ENTREPRENEUR").queryParam("country", "CN")
                .get(path()).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.fullName", contains("Founder One", "Founder Two"));
        given().auth().oauth2(admin).queryParam("sector", "ROBOTICS").get(path()).then()
                .body("items.fullName", contains("Investor One", "Founder One"));
        given().auth().oauth2(admin).queryParam("status", "APPROVED").get(path()).then()
                .body("items.fullName", contains("Founder Two"));
        given().auth().oauth2(admin).queryParam("size", 3).queryParam("page", 1).get(path()).then()
                .body("total", equalTo(4)).body("items.fullName", contains("Founder Two"));
    }

    @Test
    void statsCountPerStatusCategorySectorAndCountry() {
        given().auth().oauth2(admin).get(path() + "/stats").then().statusCode(200)
                .body("total", equalTo(4))
                .body("byStatus.SUBMITTED", equalTo(3))
                .body("byStatus.APPROVED", equalTo(1))
                .body("byCategory.INVESTOR", equalTo(2))
                .body("bySector.ROBOTICS", equalTo(2))
                .body("byCountry.CN", equalTo(3))
                .body("byCountry.RU", equalTo(1));
    }

    @Test
    void anUnknownCodeOrPageSizeIsNamed() {
        given().auth().oauth2(admin).queryParam("status", "ASLEEP").get(path()).then().statusCode(400)
                .body("field", equalTo("status"));
        given().auth().oauth2(admin).queryParam("size", 10_000).get(path()).then().statusCode(400)
                .body("field", equalTo("size"));
        given().auth().oauth2(admin).get("/api/forums/no-such-forum/registrations/stats").then().statusCode(404);
    }

    private String path() {
        return "/api/forums/" + forum.forumId() + "/registrations";
    }

    private String register(String name, String category, String country, List<String> sectors) {
        Map<String, Object> body = registrationBody(name, "q-" + UUID.randomUUID() + "@example.org",
                Map.of("en", name + " Ltd"), country, forum.b2bSessionId());
        body.put("category", category);
        body.put("sectors", sectors);
        return given().auth().oauth2(admin).contentType(ContentType.JSON).body(body).post(path())
                .then().statusCode(201).extract().path("participantId");
    }
}
