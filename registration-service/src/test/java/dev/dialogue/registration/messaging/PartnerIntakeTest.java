package dev.dialogue.registration.messaging;

import static dev.dialogue.registration.Fixtures.adminToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.EventJson;
import dev.dialogue.events.EventType;
import dev.dialogue.events.KafkaCloudEvents;
import dev.dialogue.events.Topic;
import dev.dialogue.events.participants.Consent;
import dev.dialogue.events.participants.Interest;
import dev.dialogue.events.partners.DelegationMember;
import dev.dialogue.events.partners.RegistrationAnswered;
import dev.dialogue.events.partners.RegistrationAnswered.Outcome;
import dev.dialogue.events.partners.RegistrationAnswered.PersonAnswer;
import dev.dialogue.events.partners.RegistrationAnswered.PersonOutcome;
import dev.dialogue.events.partners.RegistrationRequested;
import dev.dialogue.events.vocabulary.InterestType;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.OrganisationKind;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
import dev.dialogue.infra.LocalInfra;
import dev.dialogue.registration.CapturedLog;
import dev.dialogue.registration.Fixtures;
import dev.dialogue.registration.OutboxRows;
import dev.dialogue.registration.domain.Registration;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Shanghai Youth Entrepreneurship Foundation, admitted by an admin, registers its delegation of
 * young entrepreneurs in its own topic space, logged in to the broker as itself.
 */
@QuarkusTest
class PartnerIntakeTest {

    private static final String DEAD_LETTERS = Topic.PARTNER_REGISTRATIONS.deadLetterTopic().orElseThrow();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    @Inject
    EntityManager entityManager;

    /** The partner's own system, with the credentials its admission returned. */
    private KafkaProbe kafka;
    private KafkaProbe admin;
    private Fixtures.OpenForum forum;
    private String partnerId;
    private URI source;
    private String requests;
    private String answers;

    @BeforeEach
    void admitThePartner() {
        admin = new KafkaProbe(KafkaAccess.decode(kafkaAdmin));
        forum = Fixtures.openForum();
        partnerId = "syef-" + UUID.randomUUID().toString().substring(0, 8);
        source = Topic.partnerSource(partnerId);
        requests = Topic.PARTNER_REGISTRATIONS.forPartner(partnerId);
        answers = Topic.PARTNER_REGISTRATION_RESULTS.forPartner(partnerId);
        kafka = new KafkaProbe(admit(partnerId, forum.forumId()));
    }

    /** Admits a partner over REST; its credentials come back this once. */
    static KafkaAccess admit(String partnerId, String forumId) {
        ExtractableResponse<Response> admitted = given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                .body(Map.of("partnerId", partnerId, "name", "Shanghai Youth Entrepreneurship Foundation",
                        "forums", List.of(forumId)))
                .post("/api/partners").then().statusCode(201)
                .body("partner.source", equalTo("/partners/" + partnerId))
                .body("kafka.username", equalTo("partner-" + partnerId))
                .body("kafka.topics.registrations", equalTo(Topic.PARTNER_REGISTRATIONS.forPartner(partnerId)))
                .extract();
        return new KafkaAccess(admitted.path("kafka.bootstrapServers"), admitted.path("kafka.username"),
                admitted.path("kafka.password"));
    }

    @Test
    void aDelegationIsRegisteredAndEachPersonAnswered() {
        String reference = "delegation-" + UUID.randomUUID();
        DelegationMember wang = member("王小明", "wang-" + UUID.randomUUID() + "@example.cn", forum.b2bSessionId());
        DelegationMember lostSession = member("李华", "li-" + UUID.randomUUID() + "@example.cn", UUID.randomUUID());
        DelegationMember wangAgain = member("王小明", wang.email(), null);
        send(source, reference, forum.forumId(), List.of(wang, lostSession, wangAgain));

        RegistrationAnswered answer = awaitAnswer(reference);
        assertThat(answer.outcome()).isEqualTo(Outcome.PARTIALLY_ACCEPTED);
        assertThat(answer.participants()).extracting(RegistrationAnswered.PersonAnswer::outcome)
                .containsExactly(PersonOutcome.REGISTERED, PersonOutcome.REJECTED, PersonOutcome.ALREADY_REGISTERED);
        assertThat(answer.participants().get(1).errors()).singleElement()
                .satisfies(error -> assertThat(error.field()).isEqualTo("participants[1].sessions[0]"));
        UUID registered = answer.participants().get(0).participantId();
        assertThat(answer.participants().get(2).participantId()).isEqualTo(registered);

        given().auth().oauth2(adminToken()).get("/api/registrations/" + registered).then().statusCode(200)
                .body("fullName", equalTo("王小明"))
                .body("organisation.name.zh", equalTo("上海市青年创业就业基金会"))
                .body("category", equalTo("YOUNG_ENTREPRENEUR"));
    }

    /**
     * A participant id is what a participant's token names and what keys their events: a partner
     * sending an email someone else registered is told the email is taken, never whose id it is.
     */
    @Test
    void aPartnerIsToldTheIdsOfOnlyThePeopleItRegisteredItself() {
        String other = "lunai-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaProbe otherPartner = new KafkaProbe(admit(other, forum.forumId()));
        DelegationMember own = member("王小明", "own-" + UUID.randomUUID() + "@example.cn", null);
        DelegationMember theirs = member("刘伟", "theirs-" + UUID.randomUUID() + "@example.cn", null);
        DelegationMember organisers = member("Chen Jing", "organisers-" + UUID.randomUUID() + "@example.cn", null);
        String first = "first-" + UUID.randomUUID();
        send(source, first, forum.forumId(), List.of(own));
        UUID ownId = awaitAnswer(first).participants().get(0).participantId();
        otherPartner.send(Topic.PARTNER_REGISTRATIONS.forPartner(other), event(Topic.partnerSource(other),
                "theirs-" + UUID.randomUUID(), forum.forumId(), List.of(theirs)));
        String organisersId = given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                .body(Fixtures.registrationBody("Chen Jing", organisers.email(), Map.of("zh", "深圳机器人"), "CN", null))
                .post("/api/forums/" + forum.forumId() + "/registrations").then().statusCode(201).extract().path("participantId");
        await(() -> QuarkusTransaction.requiringNew().call(() -> Registration.findByEmail(forum.forumId(), theirs.email()).isPresent()));
        String theirsId = QuarkusTransaction.requiringNew()
                .call(() -> Registration.findByEmail(forum.forumId(), theirs.email()).orElseThrow().id.toString());

        String again = "again-" + UUID.randomUUID();
        send(source, again, forum.forumId(), List.of(own, theirs, organisers));

        RegistrationAnswered answer = awaitAnswer(again);
        assertThat(answer.participants().get(0).outcome()).isEqualTo(PersonOutcome.ALREADY_REGISTERED);
        assertThat(answer.participants().get(0).participantId()).isEqualTo(ownId);
        for (int i = 1; i <= 2; i++) {
            PersonAnswer taken = answer.participants().get(i);
            assertThat(taken.outcome()).isEqualTo(PersonOutcome.REJECTED);
            assertThat(taken.participantId()).isNull();
            assertThat(taken.errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).endsWith("].email");
                assertThat(error.message()).contains("already registered").doesNotContain(theirsId).doesNotContain(organisersId);
            });
        }
        assertThat(answer.participants().get(1).errors().get(0).field()).isEqualTo("participants[1].email");
    }

    /** The same over REST: an admin is told every id, a partner only those of the people it registered. */
    @Test
    void overRestAPartnerIsToldTheIdsOfOnlyThePeopleItRegisteredItself() {
        String partner = LocalInfra.shared().tokens().mint(partnerId, "partner");
        String ownEmail = "own-" + UUID.randomUUID() + "@example.cn";
        String organisersEmail = "organisers-" + UUID.randomUUID() + "@example.cn";
        String ownId = registerOverRest(partner, ownEmail).statusCode(201).extract().path("participantId");
        String organisersId = registerOverRest(adminToken(), organisersEmail).statusCode(201).extract().path("participantId");

        registerOverRest(partner, ownEmail.toUpperCase()).statusCode(409).contentType("application/problem+json")
                .body("existingId", equalTo(ownId));
        String refused = registerOverRest(partner, organisersEmail).statusCode(409).contentType("application/problem+json")
                .body("existingId", nullValue())
                .body("field", equalTo("email"))
                .extract().asString();
        assertThat(refused).doesNotContain(organisersId);
        registerOverRest(adminToken(), organisersEmail).statusCode(409).body("existingId", equalTo(organisersId));
        registerOverRest(adminToken(), ownEmail).statusCode(409).body("existingId", equalTo(ownId));
    }

    private ValidatableResponse registerOverRest(String token, String email) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fixtures.registrationBody("Over Rest", email, Map.of("zh", "上海市青年创业就业基金会"), "CN", null))
                .post("/api/forums/" + forum.forumId() + "/registrations").then();
    }

    @Test
    void invalidFieldsAreAnsweredPerPerson() {
        String reference = "delegation-" + UUID.randomUUID();
        DelegationMember blankName = new DelegationMember("p-1", " ", null, "ok-" + UUID.randomUUID() + "@example.cn",
                null, null, new DelegationMember.Organisation(LocalizedText.of(null, "基金会", null),
                        OrganisationKind.FOUNDATION, "CN", null), ParticipantCategory.YOUNG_ENTREPRENEUR, List.of("zh"),
                List.of(), List.of(), List.of(), List.of(), new Consent("pd-consent-2025-01", OffsetDateTime.now()));
        send(source, reference, forum.forumId(), List.of(blankName));

        RegistrationAnswered answer = awaitAnswer(reference);
        assertThat(answer.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(answer.participants().get(0).errors())
                .anySatisfy(error -> assertThat(error.field()).isEqualTo("participants[0].fullName"));
    }

    @Test
    void aRecordClaimingAnotherPartnersSourceIsDeadLetteredAndAnsweredAsRejected() {
        String reference = "impostor-" + UUID.randomUUID();
        String email = "mallory-" + UUID.randomUUID() + "@example.cn";
        send(URI.create("/partners/sh-youth-foundation"), reference, forum.forumId(), List.of(member("Mallory Forged", email, null)));

        RegistrationAnswered answer = awaitAnswer(reference);
        assertThat(answer.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(answer.reason()).contains("source /partners/sh-youth-foundation may not post on " + requests);
        ConsumerRecord<String, byte[]> deadLetter = admin.await(DEAD_LETTERS, r -> reference.equals(r.key()), PATIENCE);
        assertThat(new String(deadLetter.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("only " + source + ", whose topic space it is, may");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Registration.findByEmail(forum.forumId(), email))).isEmpty();
    }

    @Test
    void aPartnerCannotWriteAnotherPartnersRequestsNorReadItsAnswers() {
        String other = "lunai-" + UUID.randomUUID().toString().substring(0, 8);
        admit(other, forum.forumId());

        assertThatThrownBy(() -> kafka.send(Topic.PARTNER_REGISTRATIONS.forPartner(other), event(Topic.partnerSource(other),
                "forged-" + UUID.randomUUID(), forum.forumId(), List.of(member("Mallory Forged", "m@example.cn", null)))))
                .hasRootCauseInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> kafka.readAll(Topic.PARTNER_REGISTRATION_RESULTS.forPartner(other)))
                .isInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> kafka.readAll(Topic.PARTICIPANTS.topicName())).isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void aPartnersTopicsKeepWhatItPostedABoundedTimeOnly() throws Exception {
        try (Admin broker = Admin.create(KafkaAccess.decode(kafkaAdmin).clientConfig())) {
            for (String topic : Topic.partnerTopicNames(partnerId)) {
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                assertThat(broker.describeConfigs(List.of(resource)).all().get().get(resource).get("retention.ms").value())
                        .as(topic).isEqualTo(String.valueOf(Topic.PARTNER_RETENTION.toMillis()));
            }
        }
    }

    @Test
    void aSuspendedPartnerCannotLogInAndWhatItLeftIsRefusedUntilReinstatedWithANewPassword() {
        given().auth().oauth2(adminToken()).post("/api/partners/" + partnerId + "/suspend").then().statusCode(200)
                .body("suspendedAt", org.hamcrest.Matchers.notNullValue());

        assertThatThrownBy(() -> send(source, "suspended-" + UUID.randomUUID(), forum.forumId(),
                List.of(member("Too Late", "late@example.cn", null)))).hasRootCauseInstanceOf(SaslAuthenticationException.class);
        String left = "left-" + UUID.randomUUID();
        admin.send(requests, event(source, left, forum.forumId(), List.of(member("Left Behind", "left@example.cn", null))));
        assertThat(awaitAnswer(admin, left).reason()).isEqualTo("partner " + partnerId + " is suspended");

        ExtractableResponse<Response> reinstated = given().auth().oauth2(adminToken())
                .post("/api/partners/" + partnerId + "/reinstate").then().statusCode(200).extract();
        KafkaProbe renewed = new KafkaProbe(new KafkaAccess(reinstated.path("kafka.bootstrapServers"),
                reinstated.path("kafka.username"), reinstated.path("kafka.password")));
        String reference = "back-" + UUID.randomUUID();
        renewed.send(requests, event(source, reference, forum.forumId(),
                List.of(member("Back Again", "back-" + UUID.randomUUID() + "@example.cn", null))));
        assertThat(awaitAnswer(renewed, reference).outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThatThrownBy(() -> send(source, "old-password-" + UUID.randomUUID(), forum.forumId(),
                List.of(member("Old Password", "old@example.cn", null)))).hasRootCauseInstanceOf(SaslAuthenticationException.class);
    }

    @Test
    void aForumThePartnerMayNotUseIsRejectedOverKafkaAndRest() {
        Fixtures.OpenForum other = Fixtures.openForum();
        String reference = "elsewhere-" + UUID.randomUUID();
        send(source, reference, other.forumId(), List.of(member("Elsewhere", "e-" + UUID.randomUUID() + "@example.cn", null)));

        assertThat(awaitAnswer(reference).reason()).contains("may not register into forum " + other.forumId());
        given().auth().oauth2(LocalInfra.shared().tokens().mint(partnerId, "partner")).contentType(ContentType.JSON)
                .body(Fixtures.registrationBody("Over Rest", "r-" + UUID.randomUUID() + "@example.cn",
                        Map.of("zh", "基金会"), "CN", null))
                .post("/api/forums/" + other.forumId() + "/registrations").then().statusCode(403);
    }

    @Test
    void aRepeatedEventIsAnsweredOnce() {
        String reference = "twice-" + UUID.randomUUID();
        CloudEvent event = event(source, reference, forum.forumId(),
                List.of(member("Twice Sent", "t-" + UUID.randomUUID() + "@example.cn", null)));
        kafka.send(requests, event);
        kafka.send(requests, event);
        // Same key, same partition: once the later request is handled, both copies before it were.
        String sentinelEmail = "a-" + UUID.randomUUID() + "@example.cn";
        kafka.send(requests, event(source, reference, forum.forumId(), List.of(member("After", sentinelEmail, null))));

        await(() -> QuarkusTransaction.requiringNew()
                .call(() -> Registration.findByEmail(forum.forumId(), sentinelEmail).isPresent()));
        assertThat(OutboxRows.ofType(entityManager, reference, EventType.PARTNER_REGISTRATION_ANSWERED.typeName()))
                .isEqualTo(2);
    }

    @Test
    void aRecordBreakingTheSchemaGoesToTheDeadLetterTopicWithTheReason() {
        String key = "broken-" + UUID.randomUUID();
        CloudEvent valid = event(source, key, forum.forumId(), List.of(member("Broken", "b@example.cn", null)));
        byte[] broken = new String(valid.data(), StandardCharsets.UTF_8).replace("YOUNG_ENTREPRENEUR", "ASTRONAUT")
                .getBytes(StandardCharsets.UTF_8);
        kafka.send(new ProducerRecord<>(requests, null, key, broken, KafkaCloudEvents.headers(valid)));

        ConsumerRecord<String, byte[]> deadLetter = admin.await(DEAD_LETTERS, r -> key.equals(r.key()), PATIENCE);
        assertThat(new String(deadLetter.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("/participants/0/category");
    }

    @Test
    void aRequestWhoseHandlingFailsIsDeadLetteredWithoutCostingTheOthersPolledWithIt() {
        String batch = "batch-" + UUID.randomUUID();
        List<String> emails = new ArrayList<>();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String email = batch + "-" + i + "@example.cn";
            // PostgreSQL refuses a NUL character in text: this handler fails inside the database, every time.
            String name = i == 5 ? "Nul\u0000Character" : "Member " + i;
            if (i != 5) {
                emails.add(email);
            }
            records.add(KafkaCloudEvents.toRecord(requests, event(source, batch + "-" + i, forum.forumId(),
                    List.of(member(name, email, null)))));
        }
        kafka.send(records);

        ConsumerRecord<String, byte[]> deadLetter = admin.await(DEAD_LETTERS, r -> (batch + "-5").equals(r.key()), PATIENCE);
        assertThat(new String(deadLetter.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .startsWith("handler failed 3 times");
        await(() -> QuarkusTransaction.requiringNew().call(() -> emails.stream()
                .allMatch(email -> Registration.findByEmail(forum.forumId(), email).isPresent())));
        assertThat(OutboxRows.ofType(entityManager, batch + "-5", EventType.PARTNER_REGISTRATION_ANSWERED.typeName()))
                .as("answers to the failed request").isZero();
    }

    /**
     * The failure of a request whose values the database refuses is logged at every step (the batch
     * handled one by one, each attempt, the dead letter) by its classes and SQL state: not its
     * message, and nowhere in the whole log the person's email or name.
     */
    @Test
    void aFailureInsideTheDatabaseIsLoggedByClassAndSqlStateWithoutTheValues() {
        String reference = "logged-" + UUID.randomUUID();
        String marker = UUID.randomUUID().toString();
        String email = "nul-" + marker + "@example.cn";
        String name = "Zhou\u0000Wei " + marker;
        try (CapturedLog log = CapturedLog.start()) {
            send(source, reference, forum.forumId(), List.of(member(name, email, null)));
            admin.await(DEAD_LETTERS, r -> reference.equals(r.key()), PATIENCE);

            // Class 22, a data exception: the NUL character in the name, or its escape in a jsonb column.
            List<String> inbound = log.linesOf("dev.dialogue.platform.messaging.InboundEvents");
            assertThat(inbound).filteredOn(line -> line.contains("attempt 3 of 3")).singleElement()
                    .satisfies(line -> assertThat(line).containsPattern("SQLSTATE 22\\w{3}"));
            assertThat(inbound).filteredOn(line -> line.contains("to the dead-letter topic")).singleElement()
                    .satisfies(line -> assertThat(line).contains("handler failed 3 times: ").containsPattern("SQLSTATE 22\\w{3}"));
            assertThat(inbound).noneSatisfy(line -> assertThat(line).containsAnyOf("ERROR:", "could not execute"));
            assertThat(log.lines()).isNotEmpty().noneSatisfy(line -> assertThat(line).contains(marker));
        }
    }

    @Test
    void requestsArrivingTogetherAreAnsweredAsIfOneByOne() {
        String batch = "together-" + UUID.randomUUID();
        String email = "zhou-" + UUID.randomUUID() + "@example.cn";
        String company = "Qianhai Robotics " + UUID.randomUUID();
        DelegationMember.Organisation inEnglish = new DelegationMember.Organisation(LocalizedText.of(null, null, company),
                OrganisationKind.COMPANY, "CN", "Guangdong");
        DelegationMember.Organisation inBoth = new DelegationMember.Organisation(LocalizedText.of(null, "前海机器人", company.toUpperCase()),
                OrganisationKind.COMPANY, "CN", "Guangdong");
        kafka.send(Stream.of(
                event(source, batch + "-1", forum.forumId(), List.of(member("周杰", email, null, inEnglish))),
                event(source, batch + "-2", forum.forumId(), List.of(member("陈静", "chen-" + UUID.randomUUID() + "@example.cn", null, inBoth))),
                event(source, batch + "-3", forum.forumId(), List.of(member("周杰", email.toUpperCase(), null, inEnglish))))
                .map(event -> KafkaCloudEvents.toRecord(requests, event)).toList());

        PersonAnswer first = awaitAnswer(batch + "-1").participants().get(0);
        PersonAnswer second = awaitAnswer(batch + "-2").participants().get(0);
        PersonAnswer third = awaitAnswer(batch + "-3").participants().get(0);
        // Usually one poll, so one transaction and one lookup for all; the partitions decide which of the two comes first.
        assertThat(second.outcome()).isEqualTo(PersonOutcome.REGISTERED);
        assertThat(List.of(first.outcome(), third.outcome()))
                .containsExactlyInAnyOrder(PersonOutcome.REGISTERED, PersonOutcome.ALREADY_REGISTERED);
        assertThat(third.participantId()).isEqualTo(first.participantId());
        String organisation = given().auth().oauth2(adminToken()).get("/api/registrations/" + first.participantId())
                .then().statusCode(200).extract().path("organisation.id");
        given().auth().oauth2(adminToken()).get("/api/registrations/" + second.participantId()).then().statusCode(200)
                .body("organisation.id", equalTo(organisation));
    }

    private static DelegationMember member(String name, String email, UUID session) {
        return member(name, email, session, new DelegationMember.Organisation(
                LocalizedText.of(null, "上海市青年创业就业基金会", "Shanghai Youth Entrepreneurship Foundation"),
                OrganisationKind.FOUNDATION, "CN", "Shanghai"));
    }

    private static DelegationMember member(String name, String email, UUID session, DelegationMember.Organisation organisation) {
        return new DelegationMember("ref-" + UUID.randomUUID(), name, LocalizedText.of(null, null, "Latin " + name), email,
                null, "Founder", organisation,
                ParticipantCategory.YOUNG_ENTREPRENEUR, List.of("zh", "en"), List.of(Sector.ROBOTICS),
                List.of(new Interest(InterestType.TECHNOLOGY, "Warehouse robots")),
                List.of(new Interest(InterestType.SEZ_SITE, null)),
                session == null ? List.of() : List.of(session), new Consent("pd-consent-2025-01", OffsetDateTime.now()));
    }

    private void send(URI from, String reference, String forumId, List<DelegationMember> members) {
        kafka.send(requests, event(from, reference, forumId, members));
    }

    private static CloudEvent event(URI from, String reference, String forumId, List<DelegationMember> members) {
        return CloudEvent.of(EventType.PARTNER_REGISTRATION_REQUESTED, from, reference, OffsetDateTime.now(),
                EventJson.toBytes(new RegistrationRequested(reference, forumId, members)));
    }

    private RegistrationAnswered awaitAnswer(String reference) {
        return awaitAnswer(kafka, reference);
    }

    private RegistrationAnswered awaitAnswer(KafkaProbe reader, String reference) {
        ConsumerRecord<String, byte[]> record = reader.await(answers, r -> reference.equals(r.key()), PATIENCE);
        return EventJson.fromBytes(KafkaCloudEvents.fromRecord(record.headers(), record.value()).data(),
                RegistrationAnswered.class);
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) {
        org.awaitility.Awaitility.await().atMost(PATIENCE).until(condition);
    }
}
