package dev.dialogue.registration;

import static io.restassured.RestAssured.given;

import dev.dialogue.infra.LocalInfra;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The Shenzhen forum as an admin sets it up over REST, under a fresh code per test. */
public final class Fixtures {

    private Fixtures() {
    }

    public record OpenForum(String forumId, UUID b2bSessionId) {
    }

    public static String adminToken() {
        return LocalInfra.shared().tokens().mint("admin-1", "admin");
    }

    public static Map<String, Object> forumBody(String forumId) {
        Map<String, Object> body = new HashMap<>();
        body.put("forumId", forumId);
        body.put("title", Map.of("ru", "Диалог во имя развития", "zh", "对话促发展", "en", "Dialogue for Development"));
        body.put("city", "Shenzhen");
        body.put("timeZone", "Asia/Shanghai");
        body.put("startDate", "2025-11-20");
        body.put("endDate", "2025-11-21");
        body.put("autoApprovedCategories", List.of("DIPLOMAT"));
        return body;
    }

    public static Map<String, Object> b2bSessionBody() {
        return b2bSessionBody(300);
    }

    public static Map<String, Object> b2bSessionBody(int capacity) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "B2B_MEETINGS");
        body.put("title", Map.of("ru", "Профильные встречи", "zh", "专题洽谈", "en", "Profile meetings with Guangdong businesses"));
        body.put("startsAt", "2025-11-20T14:00");
        body.put("endsAt", "2025-11-20T18:00");
        body.put("capacity", capacity);
        body.put("sectors", List.of("ROBOTICS", "MICROELECTRONICS"));
        body.put("tables", 40);
        body.put("slotMinutes", 20);
        return body;
    }

    /** A draft forum with a B2B session of 300 seats, opened for registrations. */
    public static OpenForum openForum() {
        return openForum(300);
    }

    public static OpenForum openForum(int seats) {
        String admin = adminToken();
        String forumId = "shenzhen-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(forumBody(forumId))
                .post("/api/forums").then().statusCode(201);
        String sessionId = given().auth().oauth2(admin).contentType(ContentType.JSON).body(b2bSessionBody(seats))
                .post("/api/forums/" + forumId + "/sessions").then().statusCode(201).extract().path("sessionId");
        Map<String, Object> open = forumBody(forumId);
        open.put("status", "OPEN");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(open)
                .put("/api/forums/" + forumId).then().statusCode(200);
        return new OpenForum(forumId, UUID.fromString(sessionId));
    }

    /** A complete registration of a person of an organisation, asking for the session. */
    public static Map<String, Object> registrationBody(String fullName, String email, Map<String, String> organisationName,
            String country, UUID sessionId) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", fullName);
        body.put("email", email);
        body.put("position", "Director");
        body.put("organisation", Map.of("name", organisationName, "kind", "COMPANY", "country", country));
        body.put("category", "COMPANY_REPRESENTATIVE");
        body.put("languages", List.of("ru", "en"));
        body.put("sectors", List.of("ROBOTICS", "ELECTRIC_TRANSPORT"));
        body.put("offers", List.of(Map.of("type", "TECHNOLOGY", "text", "Service robots")));
        body.put("seeks", List.of(Map.of("type", "INVESTMENT")));
        body.put("sessions", sessionId == null ? List.of() : List.of(sessionId.toString()));
        body.put("consent", Map.of("textVersion", "pd-consent-2025-01", "givenAt", "2025-11-01T10:00:00+03:00"));
        return body;
    }
}
