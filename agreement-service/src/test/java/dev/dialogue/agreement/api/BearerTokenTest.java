package dev.dialogue.agreement.api;

import static dev.dialogue.agreement.AgreementFixtures.party;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.dialogue.agreement.AgreementFixtures;
import dev.dialogue.agreement.AgreementFixtures.Org;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.infra.DevTokens;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
import dev.dialogue.infra.LocalInfra;
import dev.dialogue.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who calls is the token's subject, whatever its upn says (ApiSweepTest refuses tokens for another audience everywhere). */
@QuarkusTest
class BearerTokenTest {

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    private final DevTokens tokens = LocalInfra.shared().tokens();
    private AgreementFixtures fixtures;
    private Org technopolis;
    private Org lunai;

    @BeforeEach
    void forum() {
        fixtures = new AgreementFixtures(new KafkaProbe(KafkaAccess.decode(kafkaAdmin)));
        technopolis = fixtures.organisation("ОЭЗ «Технополис Москва»", "RU", Sector.MICROELECTRONICS);
        lunai = fixtures.organisation("山东鲁耐信息技术集团", "CN", Sector.MICROELECTRONICS);
    }

    @Test
    void aSignatorysTokenActsForItsSubjectThoughItsUpnNamesAnother() {
        UUID anna = fixtures.person(technopolis, "Анна Смирнова");
        UUID ivan = fixtures.person(technopolis, "Иван Петров");
        UUID zhang = fixtures.person(lunai, "张伟");
        String id = fixtures.opened(fixtures.body("COOPERATION_AGREEMENT", "PARALLEL",
                List.of(party(technopolis, anna, "SIGNER"), party(lunai, zhang, "SIGNER"))));
        String ivanNamedAnna = named(ivan, anna);
        String annaNamedIvan = named(anna, ivan);

        given().auth().oauth2(ivanNamedAnna).get("/api/agreements/" + id).then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("a participant reads only the agreements they are a signatory of"));
        sign(id, ivanNamedAnna).statusCode(403).body("detail", equalTo(ivan + " is not a signatory of agreement " + id));

        given().auth().oauth2(annaNamedIvan).get("/api/agreements/" + id).then().statusCode(200);
        sign(id, annaNamedIvan).statusCode(200).body("status", equalTo("PARTIALLY_SIGNED"));
        given().auth().oauth2(fixtures.admin).get("/api/agreements/" + id + "/audit").then().statusCode(200)
                .body("entries[-1].action", equalTo("SIGNED"))
                .body("entries[-1].actor", equalTo("participant:" + anna));
    }

    /** The participant's token whose upn and preferred_username name someone else. */
    private String named(UUID participant, UUID other) {
        return tokens.mintWithClaims(participant.toString(),
                Map.of("upn", other.toString(), "preferred_username", other.toString()), Roles.PARTICIPANT);
    }

    private ValidatableResponse sign(String id, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("documentHashes", fixtures.currentHashes(id))).post("/api/agreements/" + id + "/signatures")
                .then();
    }
}
