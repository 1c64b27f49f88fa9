package dev.dialogue.system;

import static dev.dialogue.system.RunningSystem.admin;
import static dev.dialogue.system.RunningSystem.admitPartner;
import static dev.dialogue.system.RunningSystem.as;
import static dev.dialogue.system.RunningSystem.number;
import static dev.dialogue.system.RunningSystem.kafka;
import static dev.dialogue.system.RunningSystem.participant;
import static dev.dialogue.system.RunningSystem.rowsContaining;
import static dev.dialogue.system.RunningSystem.stack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.EventJson;
import dev.dialogue.events.EventType;
import dev.dialogue.events.Topic;
import dev.dialogue.events.partners.DelegationMember;
import dev.dialogue.events.partners.RegistrationAnswered;
import dev.dialogue.events.partners.RegistrationRequested;
import dev.dialogue.events.participants.Consent;
import dev.dialogue.events.participants.Interest;
import dev.dialogue.events.vocabulary.InterestType;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.OrganisationKind;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.infra.DialogueService;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.ServiceStack;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The Shenzhen forum, end to end, over the packaged services: a partner's delegation, accreditation,
 * recommendations, a meeting from request to outcome, backfill, a second instance of every service,
 * and an erasure that leaves nothing of the person in any schema; then every record on every topic
 * is checked, and the services' logs for personal data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShenzhenForumStoryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ZoneId SHENZHEN = ZoneId.of("Asia/Shanghai");

    private final String admin = admin();
    private final String forumId = "shenzhen-" + UUID.randomUUID().toString().substring(0, 8);
    /** A future edition, so that every slot of its B2B session is still to come. */
    private final LocalDate day = LocalDate.now(SHENZHEN).plusDays(60);
    private final Map<String, UUID> people = new HashMap<>();
    private UUID b2bSession;

    @BeforeAll
    void theForumWithItsProgramme() {
        stack();
        Map<String, Object> forum = Map.of("forumId", forumId,
                "title", Map.of("ru", "Диалог во имя развития", "zh", "对话促发展", "en", "Dialogue for Development"),
                "city", "Shenzhen", "timeZone", SHENZHEN.getId(), "startDate", day.toString(),
                "endDate", day.plusDays(1).toString(), "autoApprovedCategories", List.of("DIPLOMAT"));
        as(admin, DialogueService.REGISTRATION).body(forum).post("/api/forums").then().statusCode(201);
        as(admin, DialogueService.REGISTRATION).body(Map.of("kind", "OPENING_CEREMONY",
                        "title", Map.of("ru", "Торжественное открытие", "en", "Opening ceremony"),
                        "startsAt", day + "T10:00", "endsAt", day + "T11:00", "capacity", 500))
                .post("/api/forums/" + forumId + "/sessions").then().statusCode(201);
        b2bSession = UUID.fromString(as(admin, DialogueService.REGISTRATION).body(Map.of("kind", "B2B_MEETINGS",
                        "title", Map.of("ru", "Профильные встречи", "zh", "对口洽谈", "en", "Profile meetings with Guangdong businesses"),
                        "startsAt", day + "T14:00", "endsAt", day + "T15:20", "capacity", 100,
                        "sectors", List.of("MICROELECTRONICS", "ROBOTICS"), "tables", 2, "slotMinutes", 20))
                .post("/api/forums/" + forumId + "/sessions").then().statusCode(201).extract().path("sessionId"));
        Map<String, Object> open = new HashMap<>(forum);
        open.remove("forumId");
        open.put("status", "OPEN");
        as(admin, DialogueService.REGISTRATION).body(open).put("/api/forums/" + forumId).then().statusCode(200);
    }

    @Test
    @Order(1)
    void aPartnersDelegationIsAccreditedAndMeetsTheSezThroughMatchmaking() {
        String partner = "sh-youth-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaProbe foundation = new KafkaProbe(admitPartner(partner, "Shanghai Youth Entrepreneurship Foundation", forumId));
        RegistrationAnswered answer = delegation(foundation, partner, "delegation-001", List.of(
                youngEntrepreneur("sy-0001", "王小明", "wang.xiaoming@" + partner + ".cn"),
                youngEntrepreneur("sy-0002", "李娜", "li.na@" + partner + ".cn")));
        assertThat(answer.outcome()).isEqualTo(RegistrationAnswered.Outcome.ACCEPTED);
        people.put("wang", answer.participants().get(0).participantId());
        people.put("li", answer.participants().get(1).participantId());

        people.put("technopolis", register("Анна Смирнова", names("Технополис Москва", "莫斯科科技园", "Technopolis Moscow"),
                OrganisationKind.SEZ, "RU", ParticipantCategory.COMPANY_REPRESENTATIVE,
                List.of(Sector.MICROELECTRONICS, Sector.ROBOTICS), List.of("SEZ_SITE"), List.of("PARTNERSHIP")));
        people.put("lunai", register("张伟", names("Шаньдунская группа компаний информационных технологий «Лунай»",
                "山东鲁耐信息技术集团", "Shandong Lunai Information Technology Group"), OrganisationKind.COMPANY, "CN",
                ParticipantCategory.COMPANY_REPRESENTATIVE, List.of(Sector.MICROELECTRONICS, Sector.TELECOM_IT),
                List.of("PARTNERSHIP"), List.of("SEZ_SITE")));
        people.put("consul", register("Юрий Теплов", names("Генеральное консульство России в Гуанчжоу", "俄罗斯驻广州总领事馆",
                "Consulate General of Russia in Guangzhou"), OrganisationKind.DIPLOMATIC_MISSION, "RU",
                ParticipantCategory.DIPLOMAT, List.of(Sector.ROBOTICS), List.of(), List.of()));
        people.put("guangdong", register("陈静", names(null, "广东智能装备有限公司", "Guangdong Intelligent Equipment Co."),
                OrganisationKind.COMPANY, "CN", ParticipantCategory.COMPANY_REPRESENTATIVE, List.of(Sector.ROBOTICS),
                List.of("TECHNOLOGY"), List.of("BUYER")));
        for (String who : List.of("wang", "li", "technopolis", "lunai", "guangdong")) {
            as(admin, DialogueService.REGISTRATION).post("/api/registrations/" + people.get(who) + "/approve").then()
                    .statusCode(200).body("status", equalTo("APPROVED"));
        }
        people.values().forEach(this::awaitEverywhere);

        UUID technopolis = people.get("technopolis");
        UUID lunai = people.get("lunai");
        as(participant(technopolis), DialogueService.MATCHMAKING)
                .get("/api/forums/" + forumId + "/participants/" + technopolis + "/recommendations?limit=5").then()
                .statusCode(200)
                .body("[0].participantId", equalTo(lunai.toString()))
                .body("[0].reasons.code", hasItem("THEY_SEEK_WHAT_YOU_OFFER"));

        String meeting = meet(technopolis, lunai);
        as(participant(technopolis), DialogueService.MATCHMAKING)
                .body(Map.of("outcome", "COOPERATION_POSSIBLE", "notes", "Совместный проект в микроэлектронике на площадке ОЭЗ"))
                .post("/api/meetings/" + meeting + "/outcome").then().statusCode(200);
        kafka().await("forum.meetings.v1", record -> meeting.equals(record.key())
                && EventType.MEETING_OUTCOME_RECORDED.typeName().equals(header(record, "ce_type")), PATIENCE);

        // The outcome suggests an agreement, which an admin completes and both parties sign.
        String agreement = await().atMost(PATIENCE).until(() -> as(admin, DialogueService.AGREEMENT)
                .get("/api/forums/" + forumId + "/agreements").then().statusCode(200).extract().jsonPath()
                .getString("find { it.suggestedFromMeetingId == '" + meeting + "' }.agreementId"), id -> id != null);
        List<Map<String, Object>> parties = as(admin, DialogueService.AGREEMENT).get("/api/agreements/" + agreement).then()
                .extract().jsonPath().getList("parties");
        as(admin, DialogueService.AGREEMENT).body(Map.of("forumId", forumId, "kind", "COOPERATION_AGREEMENT",
                        "title", Map.of("ru", "Соглашение о сотрудничестве", "zh", "合作协议", "en", "Cooperation agreement"),
                        "sectors", List.of("MICROELECTRONICS"), "parties", List.of(
                                Map.of("organisationId", parties.get(0).get("organisationId"),
                                        "signatories", List.of(Map.of("participantId", technopolis, "role", "SIGNER"))),
                                Map.of("organisationId", parties.get(1).get("organisationId"),
                                        "signatories", List.of(Map.of("participantId", lunai, "role", "SIGNER"))))))
                .put("/api/agreements/" + agreement).then().statusCode(200);
        Map<String, String> hashes = new HashMap<>();
        for (String language : List.of("ru", "zh")) {
            hashes.put(language, as(admin, DialogueService.AGREEMENT).contentType("text/plain; charset=UTF-8")
                    .body(("ru".equals(language) ? "Стороны развивают микроэлектронику на площадке ОЭЗ."
                            : "双方在经济特区发展微电子产业。").getBytes(StandardCharsets.UTF_8))
                    .put("/api/agreements/" + agreement + "/documents/" + language).then().statusCode(200).extract().jsonPath()
                    .getString("documents.find { it.language == '" + language + "' }.sha256"));
        }
        as(admin, DialogueService.AGREEMENT).post("/api/agreements/" + agreement + "/open").then().statusCode(200);
        as(participant(technopolis), DialogueService.AGREEMENT).body(Map.of("documentHashes", hashes))
                .post("/api/agreements/" + agreement + "/signatures").then().statusCode(200);
        as(participant(lunai), DialogueService.AGREEMENT).body(Map.of("documentHashes", hashes))
                .post("/api/agreements/" + agreement + "/signatures").then().statusCode(200).body("status", equalTo("EXECUTED"));
        as(admin, DialogueService.AGREEMENT).get("/api/agreements/" + agreement + "/verification").then()
                .body("valid", equalTo(true));
    }

    @Test
    @Order(2)
    void aCancellationFreesASlotThatIsBackfilled() {
        UUID wang = people.get("wang");
        // Wang is free only in the first slot, where he meets the consul; his meeting with Guangdong waits.
        as(participant(wang), DialogueService.MATCHMAKING).body(Map.of("breaks", List.of(Map.of(
                        "startsAt", day.atTime(14, 20).atZone(SHENZHEN).toOffsetDateTime().toString(),
                        "endsAt", day.atTime(15, 20).atZone(SHENZHEN).toOffsetDateTime().toString()))))
                .put("/api/forums/" + forumId + "/participants/" + wang + "/breaks").then().statusCode(200);
        String withConsul = meet(people.get("consul"), wang);
        String withGuangdong = request(wang, people.get("guangdong"));
        as(participant(people.get("guangdong")), DialogueService.MATCHMAKING)
                .post("/api/meeting-requests/" + withGuangdong + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));

        as(participant(people.get("consul")), DialogueService.MATCHMAKING).post("/api/meeting-requests/" + withConsul + "/cancel")
                .then().statusCode(200);

        String start = as(admin, DialogueService.MATCHMAKING).get("/api/meeting-requests/" + withGuangdong).then()
                .body("status", equalTo("SCHEDULED")).extract().path("slot.startsAt");
        assertThat(OffsetDateTime.parse(start)).isAtSameInstantAs(day.atTime(14, 0).atZone(SHENZHEN).toOffsetDateTime());
    }

    @Test
    @Order(3)
    void secondInstancesOfEachServiceBesideTheFirstChangeNothing() {
        List<ServiceStack.Instance> second = new ArrayList<>();
        for (DialogueService service : DialogueService.values()) {
            second.add(stack().startAnother(service));
        }
        try {
            List<UUID> delegates = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                URI first = stack().url(DialogueService.REGISTRATION);
                URI other = second.get(0).url();
                UUID id = register(as(admin, i % 2 == 0 ? first : other), "Delegate " + i,
                        names(null, "广东机器人" + i, "Guangdong Robotics " + i), OrganisationKind.COMPANY, "CN",
                        ParticipantCategory.COMPANY_REPRESENTATIVE, List.of(Sector.ROBOTICS), List.of("TECHNOLOGY"), List.of());
                as(admin, i % 2 == 0 ? other : first).post("/api/registrations/" + id + "/approve").then().statusCode(200);
                delegates.add(id);
            }
            delegates.forEach(this::awaitEverywhere);
            for (UUID delegate : delegates) {
                assertThat(number(DialogueService.MATCHMAKING, "select count(*) from profile where participant_id = ?", delegate))
                        .isEqualTo(1);
                assertThat(number(DialogueService.MATCHMAKING, "select revision from profile where participant_id = ?", delegate))
                        .as("one effect per event, whichever instance consumed it").isEqualTo(1);
                assertThat(number(DialogueService.AGREEMENT, "select count(*) from participant where participant_id = ?", delegate))
                        .isEqualTo(1);
            }
            String meeting = request(delegates.get(0), people.get("technopolis"));
            as(participant(people.get("technopolis")), second.get(1).url()).post("/api/meeting-requests/" + meeting + "/accept")
                    .then().statusCode(200).body("status", equalTo("SCHEDULED"));
            assertThat(number(DialogueService.MATCHMAKING, "select count(*) from participant_booking where meeting_id = ?",
                    UUID.fromString(meeting))).isEqualTo(2);
        } finally {
            second.forEach(stack()::stop);
        }
    }

    @Test
    @Order(4)
    void anErasureRemovesThePersonFromAllThreeServices() {
        UUID li = people.get("li");
        String email = "li.na@sh-youth-";
        as(admin, DialogueService.REGISTRATION).delete("/api/participants/" + li).then().statusCode(204);

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(number(DialogueService.MATCHMAKING, "select count(*) from profile where participant_id = ?", li)).isZero();
            assertThat(number(DialogueService.AGREEMENT, "select count(*) from participant where participant_id = ?", li)).isZero();
        });
        // The name is common (the demo forum has its own 李娜): it is looked for beside this forum's code.
        for (DialogueService service : DialogueService.withDatabase()) {
            assertThat(rowsContaining(service, email)).as("her email anywhere in " + service.schema()).isZero();
            assertThat(rowsContaining(service, "李娜", forumId)).as("her name anywhere in " + service.schema()).isZero();
        }
    }

    @Test
    @Order(5)
    void everyRecordOnEveryTopicIsAValidCloudEventAndEachAggregateIsInOrder() {
        TopicAudit audit = TopicAudit.ofAllTopics(kafka());
        assertThat(audit.records()).as("records read").isGreaterThan(20);
        assertThat(audit.invalid()).as("records that are not valid CloudEvents of their schema").isEmpty();
        assertThat(audit.outOfOrder()).as("aggregates whose versions go backwards").isEmpty();
        assertThat(audit.duplicateIds()).as("event ids seen twice").isEmpty();
    }

    /** The partner's own system posts the delegation in its topic space and reads the answer there. */
    private RegistrationAnswered delegation(KafkaProbe partnerSystem, String partner, String reference, List<DelegationMember> members) {
        RegistrationRequested request = new RegistrationRequested(reference, forumId, members);
        partnerSystem.send(Topic.PARTNER_REGISTRATIONS.forPartner(partner), CloudEvent.of(EventType.PARTNER_REGISTRATION_REQUESTED,
                Topic.partnerSource(partner), reference, OffsetDateTime.now(), EventJson.toBytes(request)));
        ConsumerRecord<String, byte[]> answer = partnerSystem.await(Topic.PARTNER_REGISTRATION_RESULTS.forPartner(partner),
                record -> reference.equals(record.key()) && EventJson.fromBytes(record.value(), RegistrationAnswered.class)
                        .forumId().equals(forumId), PATIENCE);
        return EventJson.fromBytes(answer.value(), RegistrationAnswered.class);
    }

    private static DelegationMember youngEntrepreneur(String reference, String name, String email) {
        return new DelegationMember(reference, name, null, email, null, "Founder",
                new DelegationMember.Organisation(LocalizedText.of("Шанхайский фонд молодежного предпринимательства",
                        "上海市青年创业就业基金会", "Shanghai Youth Entrepreneurship Foundation"), OrganisationKind.FOUNDATION, "CN",
                        "Shanghai"),
                ParticipantCategory.YOUNG_ENTREPRENEUR, List.of("zh", "en"), List.of(Sector.ROBOTICS), List.of(),
                List.of(new Interest(InterestType.SEZ_SITE, "A site for a robotics start-up")),
                List.of(), new Consent("pd-consent-2025-01", OffsetDateTime.now()));
    }

    private UUID register(String name, Map<String, String> organisation, OrganisationKind kind, String country,
            ParticipantCategory category, List<Sector> sectors, List<String> offers, List<String> seeks) {
        return register(as(admin, DialogueService.REGISTRATION), name, organisation, kind, country, category, sectors, offers, seeks);
    }

    private UUID register(RequestSpecification client, String name,
            Map<String, String> organisation, OrganisationKind kind, String country, ParticipantCategory category,
            List<Sector> sectors, List<String> offers, List<String> seeks) {
        Map<String, Object> body = Map.of("fullName", name, "email", Math.abs(name.hashCode()) + "@" + forumId + ".example",
                "organisation", Map.of("name", organisation, "kind", kind.name(), "country", country),
                "category", category.name(), "languages", List.of("ru", "zh", "en"),
                "sectors", sectors.stream().map(Sector::name).toList(),
                "offers", offers.stream().map(type -> Map.of("type", type)).toList(),
                "seeks", seeks.stream().map(type -> Map.of("type", type)).toList(),
                "consent", Map.of("textVersion", "pd-consent-2025-01", "givenAt", OffsetDateTime.now().toString()));
        return UUID.fromString(client.body(body).post("/api/forums/" + forumId + "/registrations").then().statusCode(201)
                .extract().path("participantId"));
    }

    private static Map<String, String> names(String ru, String zh, String en) {
        Map<String, String> names = new HashMap<>();
        names.put("zh", zh);
        names.put("en", en);
        if (ru != null) {
            names.put("ru", ru);
        }
        return names;
    }

    private String request(UUID requester, UUID invitee) {
        return as(participant(requester), DialogueService.MATCHMAKING)
                .body(Map.of("inviteeId", invitee, "message", "Площадки ОЭЗ для микроэлектроники"))
                .post("/api/forums/" + forumId + "/meeting-requests").then().statusCode(201).extract().path("meetingId");
    }

    private String meet(UUID requester, UUID invitee) {
        String meeting = request(requester, invitee);
        as(participant(invitee), DialogueService.MATCHMAKING).post("/api/meeting-requests/" + meeting + "/accept").then()
                .statusCode(200).body("status", equalTo("SCHEDULED")).body("slot.sessionId", equalTo(b2bSession.toString()));
        return meeting;
    }

    @Test
    @Order(6)
    void noPersonalDataReachesTheServicesLogs() throws IOException {
        Pattern email = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
        List<String> names = List.of("王小明", "李娜", "Анна Смирнова", "张伟", "Юрий Теплов", "陈静");
        try (Stream<Path> logs = Files.list(stack().logs())) {
            for (Path log : logs.toList()) {
                String text = Files.readString(log);
                assertThat(email.matcher(text).results().map(MatchResult::group).toList()).as("emails in " + log).isEmpty();
                assertThat(names).as("names in " + log).noneMatch(text::contains);
            }
        }
    }

    /** Registration's event has reached both consumers: a profile in matchmaking, a signatory candidate in agreement. */
    private void awaitEverywhere(UUID participantId) {
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(number(DialogueService.MATCHMAKING, "select count(*) from profile where participant_id = ?",
                    participantId)).isEqualTo(1);
            assertThat(number(DialogueService.AGREEMENT, "select count(*) from participant where participant_id = ?",
                    participantId)).isEqualTo(1);
        });
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
