package dev.dialogue.demo;

import static dev.dialogue.demo.People.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialogue.demo.People.Organisation;
import dev.dialogue.demo.People.Person;
import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.EventJson;
import dev.dialogue.events.EventType;
import dev.dialogue.events.Topic;
import dev.dialogue.events.participants.Consent;
import dev.dialogue.events.participants.Interest;
import dev.dialogue.events.partners.DelegationMember;
import dev.dialogue.events.partners.RegistrationAnswered;
import dev.dialogue.events.partners.RegistrationRequested;
import dev.dialogue.events.vocabulary.InterestType;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.OrganisationKind;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.infra.DialogueService;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The forum of the source document, loaded as its real users would load it: an admin sets up the
 * forum and registers people over REST, the Shanghai Youth Entrepreneurship Foundation's system
 * registers its delegation over Kafka, participants ask each other for meetings and record how
 * they went, organisers schedule the rest.
 */
public final class ShenzhenForum {

    static final Organisation TECHNOPOLIS = organisation("ОЭЗ «Технополис Москва»", "莫斯科“技术城”经济特区",
            "Technopolis Moscow SEZ", OrganisationKind.SEZ, "RU", "Moscow");
    static final Organisation LUNAI = organisation("Шаньдунская группа компаний информационных технологий «Лунай»",
            "山东鲁耐信息技术集团", "Shandong Lunai Information Technology Group", OrganisationKind.COMPANY, "CN", "Shandong");
    static final Organisation SHANGHAI_YOUTH = organisation("Шанхайский фонд молодежного предпринимательства",
            "上海市青年创业就业基金会", "Shanghai Youth Entrepreneurship Foundation", OrganisationKind.FOUNDATION, "CN", "Shanghai");
    static final Organisation CONSULATE = organisation("Генеральное консульство России в Гуанчжоу", "俄罗斯驻广州总领事馆",
            "Consulate General of Russia in Guangzhou", OrganisationKind.DIPLOMATIC_MISSION, "RU", "Guangdong");
    static final Organisation MOSCOW_GOVERNMENT = organisation("Правительство Москвы", "莫斯科市政府", "Moscow City Government",
            OrganisationKind.GOVERNMENT, "RU", "Moscow");
    private static final String PARTNER = "sh-youth-foundation";
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private final Api api;
    private final String admin;
    private final People people = new People(20251120L);
    private final LocalDate day;
    private final String forumId;
    private final Map<String, UUID> sessions = new LinkedHashMap<>();
    /** The named people of the source, by a short key. */
    private final Map<String, UUID> named = new LinkedHashMap<>();
    private final List<UUID> everyone = new ArrayList<>();
    private final Map<UUID, ParticipantCategory> categories = new HashMap<>();
    private final List<String> meetings = new ArrayList<>();
    private final List<String> agreements = new ArrayList<>();

    public ShenzhenForum(Api api, LocalDate day) {
        this.api = api;
        this.admin = api.admin();
        this.day = day;
        this.forumId = "shenzhen-" + day.getYear();
    }

    public String forumId() {
        return forumId;
    }

    /** A named participant of the source: liksutov, teplov, technopolis, lunai, shanghai-youth, … */
    public UUID named(String key) {
        return named.get(key);
    }

    public void load() {
        programme();
        delegation();
        namedParticipants();
        generatedParticipants();
        approveEveryone();
        awaitMatchmaking();
        meetingsAtTheForum();
        api.post(DialogueService.MATCHMAKING, "/api/forums/" + forumId + "/schedule/run", null, admin);
        api.post(DialogueService.MATCHMAKING, "/api/forums/" + forumId + "/schedule/publish", null, admin);
        outcomes();
        theTwoAgreements();
    }

    private void programme() {
        Map<String, Object> forum = new HashMap<>(Map.of("forumId", forumId,
                "title", Map.of("ru", "Диалог во имя развития: сотрудничество города Москвы с регионами Китайской Народной Республики",
                        "zh", "对话促发展：莫斯科市与中华人民共和国各地区的合作",
                        "en", "Dialogue for Development: cooperation of the city of Moscow with regions of the People's Republic of China"),
                "city", "Shenzhen", "timeZone", "Asia/Shanghai", "startDate", day.toString(),
                "endDate", day.plusDays(1).toString(), "autoApprovedCategories", List.of("DIPLOMAT", "GOVERNMENT_OFFICIAL")));
        api.post(DialogueService.REGISTRATION, "/api/forums", forum, admin);
        session("opening", "OPENING_CEREMONY", "Торжественное открытие", "开幕式", "Opening ceremony", "T10:00", "T11:00", 600, null);
        session("panel-industry", "PANEL", "Микроэлектроника, электротранспорт, фармацевтика", "微电子、电动交通、制药",
                "Microelectronics, electric transport, pharmaceuticals", "T11:30", "T13:00", 150, null);
        session("b2b", "B2B_MEETINGS", "Профильные встречи с бизнесом провинции Гуандун", "与广东省企业的对口洽谈",
                "Profile meetings with Guangdong businesses", "T14:00", "T18:00", 400, 40);
        session("panel-ai", "PANEL", "Искусственный интеллект и робототехника", "人工智能与机器人",
                "Artificial intelligence and robotics", "T16:00", "T17:00", 60, null);
        forum.remove("forumId");
        forum.put("status", "OPEN");
        api.put(DialogueService.REGISTRATION, "/api/forums/" + forumId, forum, admin);
    }

    private void session(String key, String kind, String ru, String zh, String en, String from, String to, int capacity,
            Integer tables) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "title", Map.of("ru", ru, "zh", zh, "en", en),
                "startsAt", day + from, "endsAt", day + to, "capacity", capacity,
                "sectors", List.of("MICROELECTRONICS", "ROBOTICS", "ARTIFICIAL_INTELLIGENCE", "ELECTRIC_TRANSPORT")));
        if (tables != null) {
            body.put("tables", tables);
            body.put("slotMinutes", 20);
        }
        sessions.put(key, UUID.fromString(api.post(DialogueService.REGISTRATION, "/api/forums/" + forumId + "/sessions", body,
                admin).path("sessionId").asText()));
    }

    /**
     * The foundation is admitted, and its own system, logged in to the broker with the credentials
     * that returns, registers its delegation of young entrepreneurs in one CloudEvent in its topic space.
     */
    private void delegation() {
        JsonNode credentials = api.post(DialogueService.REGISTRATION, "/api/partners", Map.of("partnerId", PARTNER,
                "name", "Shanghai Youth Entrepreneurship Foundation", "forums", List.of(forumId)), admin).path("kafka");
        KafkaProbe foundation = new KafkaProbe(new KafkaAccess(credentials.path("bootstrapServers").asText(),
                credentials.path("username").asText(), credentials.path("password").asText()));
        List<DelegationMember> members = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            Sector sector = people.pick(new Sector[] {Sector.ROBOTICS, Sector.ARTIFICIAL_INTELLIGENCE, Sector.BIOTECHNOLOGY,
                Sector.FOOD_TECH, Sector.COSMETOLOGY});
            Organisation startup = organisation(null, "上海" + sector.label().zh() + "创业公司" + (i + 1),
                    "Shanghai " + sector.label().en() + " Start-up " + (i + 1), OrganisationKind.COMPANY, "CN", "Shanghai");
            Person founder = people.chinese(startup, ParticipantCategory.YOUNG_ENTREPRENEUR, "Founder");
            members.add(new DelegationMember("sy-2025-" + (i + 1), founder.name(), founder.transliterations(), founder.email(),
                    null, founder.position(), new DelegationMember.Organisation(startup.name(), startup.kind(), startup.country(),
                    startup.region()), founder.category(), founder.languages(), people.sectorsAround(sector),
                    List.of(new Interest(InterestType.TECHNOLOGY, null)),
                    List.of(new Interest(InterestType.INVESTMENT, null), new Interest(InterestType.SEZ_SITE, null)),
                    List.of(sessions.get("opening"), sessions.get("b2b")), new Consent("pd-consent-2025-01", OffsetDateTime.now())));
        }
        String reference = "delegation-" + forumId;
        foundation.send(Topic.PARTNER_REGISTRATIONS.forPartner(PARTNER), CloudEvent.of(EventType.PARTNER_REGISTRATION_REQUESTED,
                Topic.partnerSource(PARTNER), reference, OffsetDateTime.now(),
                EventJson.toBytes(new RegistrationRequested(reference, forumId, members))));
        RegistrationAnswered answer = EventJson.fromBytes(foundation.await(Topic.PARTNER_REGISTRATION_RESULTS.forPartner(PARTNER),
                record -> reference.equals(record.key()), PATIENCE).value(), RegistrationAnswered.class);
        answer.participants().forEach(person -> remember(person.participantId(), ParticipantCategory.YOUNG_ENTREPRENEUR));
    }

    private void namedParticipants() {
        named.put("liksutov", register(new Person("Максим Ликсутов", LocalizedText.of(null, null,
                "Maksim Liksutov"), "liksutov@mos.example", "Deputy Mayor of Moscow for transport and industry",
                MOSCOW_GOVERNMENT, ParticipantCategory.GOVERNMENT_OFFICIAL, List.of("ru"),
                List.of(Sector.ELECTRIC_TRANSPORT, Sector.MICROELECTRONICS), List.of(), List.of())));
        named.put("teplov", register(new Person("Юрий Теплов", LocalizedText.of(null, null,
                "Yuri Teplov"), "teplov@consulate.example", "Consul General of Russia in Guangzhou", CONSULATE,
                ParticipantCategory.DIPLOMAT, List.of("ru", "zh", "en"), List.of(Sector.EDUCATION, Sector.CULTURE),
                List.of(), List.of())));
        List<Sector> sezSectors = List.of(Sector.MICROELECTRONICS, Sector.ELECTRIC_TRANSPORT, Sector.PHARMACEUTICALS, Sector.ROBOTICS);
        named.put("technopolis", register(people.russian(TECHNOPOLIS, ParticipantCategory.COMPANY_REPRESENTATIVE,
                "Director General").working(sezSectors, List.of("SEZ_SITE", "INVESTMENT"), List.of("PARTNERSHIP", "TECHNOLOGY"))));
        named.put("technopolis-2", register(people.russian(TECHNOPOLIS, ParticipantCategory.COMPANY_REPRESENTATIVE,
                "Head of international cooperation").working(sezSectors, List.of("SEZ_SITE"), List.of("PARTNERSHIP"))));
        named.put("lunai", register(people.chinese(LUNAI, ParticipantCategory.COMPANY_REPRESENTATIVE, "Chairman")
                .working(List.of(Sector.TELECOM_IT, Sector.MICROELECTRONICS, Sector.ARTIFICIAL_INTELLIGENCE),
                        List.of("TECHNOLOGY", "PARTNERSHIP"), List.of("SEZ_SITE"))));
        named.put("lunai-2", register(people.chinese(LUNAI, ParticipantCategory.INDUSTRY_EXPERT, "Chief engineer")
                .working(List.of(Sector.MICROELECTRONICS), List.of("TECHNOLOGY"), List.of("PARTNERSHIP"))));
        named.put("shanghai-youth", register(people.chinese(SHANGHAI_YOUTH, ParticipantCategory.INVESTOR, "Secretary General")
                .working(List.of(Sector.ROBOTICS, Sector.ARTIFICIAL_INTELLIGENCE, Sector.BIOTECHNOLOGY),
                        List.of("INVESTMENT"), List.of("SEZ_SITE", "PARTNERSHIP"))));
        named.put("shanghai-youth-2", register(people.chinese(SHANGHAI_YOUTH, ParticipantCategory.INVESTOR, "Programme director")
                .working(List.of(Sector.ROBOTICS), List.of("INVESTMENT"), List.of("PARTNERSHIP"))));
    }

    /** Moscow and Guangdong: every category, every sector. */
    private void generatedParticipants() {
        Sector[] sectors = Sector.values();
        for (int i = 0; i < 100; i++) {
            Sector sector = sectors[i % sectors.length];
            Organisation guangdong = people.guangdongCompany(sector);
            Organisation moscow = people.moscowCompany(sector);
            register(people.chinese(guangdong, ParticipantCategory.COMPANY_REPRESENTATIVE, "General manager")
                    .working(people.sectorsAround(sector), people.someInterests(), people.someInterests()));
            register(people.russian(moscow, ParticipantCategory.COMPANY_REPRESENTATIVE, "Director")
                    .working(people.sectorsAround(sector), people.someInterests(), people.someInterests()));
            if (i % 3 == 0) {
                register(people.chinese(guangdong, ParticipantCategory.INDUSTRY_EXPERT, "Chief technology officer")
                        .working(people.sectorsAround(sector), List.of("TECHNOLOGY"), people.someInterests()));
            }
        }
        for (int i = 0; i < 12; i++) {
            Sector sector = sectors[(i * 5) % sectors.length];
            Organisation fund = i % 2 == 0
                    ? organisation("Московский фонд " + sector.label().ru() + " " + (i + 1), "莫斯科" + sector.label().zh() + "基金" + (i + 1),
                    "Moscow " + sector.label().en() + " Fund " + (i + 1), OrganisationKind.INVESTOR, "RU", "Moscow")
                    : organisation(null, "深圳" + sector.label().zh() + "投资基金" + (i + 1), "Shenzhen " + sector.label().en()
                    + " Capital " + (i + 1), OrganisationKind.INVESTOR, "CN", "Guangdong");
            Person investor = i % 2 == 0 ? people.russian(fund, ParticipantCategory.INVESTOR, "Managing partner")
                    : people.chinese(fund, ParticipantCategory.INVESTOR, "Managing partner");
            register(investor.working(people.sectorsAround(sector), List.of("INVESTMENT"), List.of("PARTNERSHIP")));
        }
        Organisation guangdongGovernment = organisation("Народное правительство провинции Гуандун", "广东省人民政府",
                "People's Government of Guangdong Province", OrganisationKind.GOVERNMENT, "CN", "Guangdong");
        Organisation association = organisation("Ассоциация предпринимателей Москвы и Гуандуна", "莫斯科—广东企业家协会",
                "Moscow–Guangdong Entrepreneurs' Association", OrganisationKind.BUSINESS_ASSOCIATION, "RU", "Moscow");
        Organisation university = organisation("Шэньчжэньский университет", "深圳大学", "Shenzhen University",
                OrganisationKind.UNIVERSITY, "CN", "Guangdong");
        Organisation media = organisation("Информационное агентство «Москва»", "莫斯科通讯社", "Moscow News Agency",
                OrganisationKind.MEDIA, "RU", "Moscow");
        for (int i = 0; i < 4; i++) {
            register(people.chinese(guangdongGovernment, ParticipantCategory.GOVERNMENT_OFFICIAL, "Department director")
                    .working(List.of(sectors[i * 4]), List.of("PARTNERSHIP"), List.of("INVESTMENT")));
            register(people.russian(association, ParticipantCategory.BUSINESS_ASSOCIATION, "Board member")
                    .working(people.sectorsAround(sectors[i * 3]), List.of("PARTNERSHIP"), List.of("PARTNERSHIP")));
            register(people.chinese(university, ParticipantCategory.INDUSTRY_EXPERT, "Professor")
                    .working(people.sectorsAround(sectors[i * 2 + 1]), List.of("TECHNOLOGY"), List.of("PARTNERSHIP")));
            register(people.russian(media, ParticipantCategory.MEDIA, "Correspondent")
                    .working(List.of(Sector.CULTURE), List.of(), List.of()));
        }
    }

    private UUID register(Person person) {
        List<String> wanted = new ArrayList<>(List.of(sessions.get("opening").toString(), sessions.get("b2b").toString()));
        if (people.chance(40)) {
            wanted.add(sessions.get(people.chance(50) ? "panel-industry" : "panel-ai").toString());
        }
        Map<String, Object> organisation = new HashMap<>(Map.of("name", text(person.organisation().name()),
                "kind", person.organisation().kind().name(), "country", person.organisation().country()));
        organisation.put("region", person.organisation().region());
        Map<String, Object> body = new HashMap<>(Map.of("fullName", person.name(), "email", person.email(),
                "organisation", organisation, "category", person.category().name(), "languages", person.languages(),
                "sectors", person.sectors().stream().map(Sector::name).toList(),
                "offers", person.offers().stream().map(type -> Map.of("type", type)).toList(),
                "seeks", person.seeks().stream().map(type -> Map.of("type", type)).toList(), "sessions", wanted,
                "consent", Map.of("textVersion", "pd-consent-2025-01", "givenAt", OffsetDateTime.now().toString())));
        body.put("position", person.position());
        if (person.transliterations() != null) {
            body.put("nameTransliterations", text(person.transliterations()));
        }
        UUID id = UUID.fromString(api.post(DialogueService.REGISTRATION, "/api/forums/" + forumId + "/registrations", body,
                admin).path("participantId").asText());
        remember(id, person.category());
        return id;
    }

    private void remember(UUID participantId, ParticipantCategory category) {
        everyone.add(participantId);
        categories.put(participantId, category);
    }

    private void approveEveryone() {
        for (JsonNode registration : api.get(DialogueService.REGISTRATION, "/api/forums/" + forumId
                + "/registrations?status=SUBMITTED&size=200", admin).path("items")) {
            api.post(DialogueService.REGISTRATION, "/api/registrations/" + registration.path("participantId").asText()
                    + "/approve", null, admin);
        }
        if (api.get(DialogueService.REGISTRATION, "/api/forums/" + forumId + "/registrations?status=SUBMITTED&size=1", admin)
                .path("items").size() > 0) {
            approveEveryone();
        }
    }

    /** Matchmaking learns of each accreditation from Kafka; the demo goes on once it knows everyone. */
    private void awaitMatchmaking() {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (api.get(DialogueService.MATCHMAKING, "/api/forums/" + forumId + "/profiles", admin).size() < everyone.size()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("matchmaking did not receive every accreditation within " + PATIENCE);
            }
            pause();
        }
    }

    /**
     * Technopolis Moscow meets Lunai and the Shanghai foundation, as at the real forum; companies and
     * investors ask their best recommendations; invitees mostly accept.
     */
    private void meetingsAtTheForum() {
        Set<String> asked = new HashSet<>();
        meet(named.get("technopolis"), named.get("lunai"), asked);
        meet(named.get("technopolis"), named.get("shanghai-youth"), asked);
        meet(named.get("technopolis-2"), named.get("lunai-2"), asked);
        for (UUID requester : everyone) {
            ParticipantCategory category = categories.get(requester);
            if (category != ParticipantCategory.COMPANY_REPRESENTATIVE && category != ParticipantCategory.INVESTOR
                    && category != ParticipantCategory.YOUNG_ENTREPRENEUR) {
                continue;
            }
            JsonNode recommendations = api.get(DialogueService.MATCHMAKING, "/api/forums/" + forumId + "/participants/"
                    + requester + "/recommendations?limit=3", api.participant(requester));
            for (JsonNode recommendation : recommendations) {
                if (people.chance(60)) {
                    meet(requester, UUID.fromString(recommendation.path("participantId").asText()), asked);
                }
            }
        }
    }

    private void meet(UUID requester, UUID invitee, Set<String> asked) {
        String pair = requester.compareTo(invitee) < 0 ? requester + "|" + invitee : invitee + "|" + requester;
        if (!asked.add(pair)) {
            return;
        }
        String meeting = api.post(DialogueService.MATCHMAKING, "/api/forums/" + forumId + "/meeting-requests",
                Map.of("inviteeId", invitee, "message", "Предлагаю обсудить сотрудничество / 期待与您探讨合作"),
                api.participant(requester)).path("meetingId").asText();
        meetings.add(meeting);
        boolean key = named.containsValue(requester) && named.containsValue(invitee);
        if (key || people.chance(80)) {
            api.post(DialogueService.MATCHMAKING, "/api/meeting-requests/" + meeting + "/accept", null, api.participant(invitee));
        } else if (people.chance(50)) {
            api.post(DialogueService.MATCHMAKING, "/api/meeting-requests/" + meeting + "/decline",
                    Map.of("reason", "Нет времени / 时间冲突"), api.participant(invitee));
        }
    }

    /** How the meetings went, as participants record it; Technopolis Moscow's lead to its two agreements. */
    private void outcomes() {
        String[] usual = {"INFORMATIVE", "INFORMATIVE", "COOPERATION_POSSIBLE", "NO_INTEREST", "NOT_HELD"};
        for (String meeting : meetings) {
            JsonNode state = api.get(DialogueService.MATCHMAKING, "/api/meeting-requests/" + meeting, admin);
            if (!"SCHEDULED".equals(state.path("status").asText())) {
                continue;
            }
            UUID requester = UUID.fromString(state.path("requesterId").asText());
            UUID invitee = UUID.fromString(state.path("inviteeId").asText());
            boolean key = named.get("technopolis").equals(requester)
                    && (named.get("lunai").equals(invitee) || named.get("shanghai-youth").equals(invitee));
            if (key || people.chance(60)) {
                api.post(DialogueService.MATCHMAKING, "/api/meetings/" + meeting + "/outcome", Map.of(
                        "outcome", key ? "COOPERATION_POSSIBLE" : people.pick(usual),
                        "notes", key ? "Совместные проекты на площадке ОЭЗ / 在经济特区开展合作项目" : "—"),
                        api.participant(requester));
            }
        }
    }

    /**
     * The two agreements of the source: each suggested by its COOPERATION_POSSIBLE meeting, completed
     * by an admin, written in three languages, approved and signed in order, executed, and given a
     * joint project on the SEZ.
     */
    private void theTwoAgreements() {
        completeAndSign("lunai", "Shandong Lunai Information Technology Group", Sector.MICROELECTRONICS,
                "Совместное производство микроэлектроники на площадке ОЭЗ", "在经济特区联合生产微电子产品",
                "Joint microelectronics production at the SEZ");
        completeAndSign("shanghai-youth", "Shanghai Youth Entrepreneurship Foundation", Sector.ROBOTICS,
                "Акселератор робототехнических стартапов на площадке ОЭЗ", "经济特区机器人初创企业加速器",
                "Robotics start-up accelerator at the SEZ");
    }

    private void completeAndSign(String partnerKey, String partnerName, Sector sector, String projectRu, String projectZh,
            String projectEn) {
        UUID partner = named.get(partnerKey);
        JsonNode suggested = awaitSuggestedAgreement(partner);
        String id = suggested.path("agreementId").asText();
        List<Map<String, Object>> parties = new ArrayList<>();
        for (JsonNode party : suggested.path("parties")) {
            boolean sez = party.path("organisationId").asText().equals(organisationOf(named.get("technopolis")));
            parties.add(Map.of("organisationId", party.path("organisationId").asText(), "signatories", sez
                    ? List.of(Map.of("participantId", named.get("technopolis-2"), "role", "APPROVER"),
                            Map.of("participantId", named.get("technopolis"), "role", "SIGNER"))
                    : List.of(Map.of("participantId", partner, "role", "SIGNER"))));
        }
        Map<String, Object> completed = new HashMap<>(Map.of("forumId", forumId, "kind", "COOPERATION_AGREEMENT",
                "title", Map.of("ru", "Соглашение о сотрудничестве между ОЭЗ «Технополис Москва» и " + partnerName,
                        "zh", "莫斯科“技术城”经济特区与" + partnerName + "合作协议",
                        "en", "Cooperation agreement between Technopolis Moscow SEZ and " + partnerName),
                "sectors", List.of(sector.name()), "parties", parties, "signingOrder", "SEQUENTIAL",
                "prevailingLanguage", "ru", "validFrom", day.toString(), "validTo", day.plusYears(3).toString()));
        completed.put("signingDeadline", day.atTime(18, 0).atOffset(ZoneOffset.ofHours(8)).toString());
        api.put(DialogueService.AGREEMENT, "/api/agreements/" + id, completed, admin);
        api.putText(DialogueService.AGREEMENT, "/api/agreements/" + id + "/documents/ru?prevailing=true",
                "Соглашение о сотрудничестве. Стороны развивают совместные проекты на площадке ОЭЗ «Технополис Москва»: "
                        + sector.label().ru() + ".", admin);
        api.putText(DialogueService.AGREEMENT, "/api/agreements/" + id + "/documents/zh",
                "合作协议。双方在莫斯科“技术城”经济特区开展联合项目：" + sector.label().zh() + "。", admin);
        api.putText(DialogueService.AGREEMENT, "/api/agreements/" + id + "/documents/en",
                "Cooperation agreement. The parties develop joint projects hosted on Technopolis Moscow SEZ: "
                        + sector.label().en() + ".", admin);
        JsonNode opened = api.post(DialogueService.AGREEMENT, "/api/agreements/" + id + "/open", null, admin);
        Map<String, String> hashes = new HashMap<>();
        opened.path("documents").forEach(document -> hashes.put(document.path("language").asText(),
                document.path("sha256").asText()));
        Map<String, Object> act = Map.of("documentHashes", hashes);
        api.post(DialogueService.AGREEMENT, "/api/agreements/" + id + "/approvals", act, api.participant(named.get("technopolis-2")));
        api.post(DialogueService.AGREEMENT, "/api/agreements/" + id + "/signatures", act, api.participant(named.get("technopolis")));
        api.post(DialogueService.AGREEMENT, "/api/agreements/" + id + "/signatures", act, api.participant(partner));
        api.post(DialogueService.AGREEMENT, "/api/agreements/" + id + "/projects", Map.of("sector", sector.name(),
                "title", Map.of("ru", projectRu, "zh", projectZh, "en", projectEn)), admin);
        agreements.add(id);
    }

    /** agreement-service suggests the draft once it has read the meeting's outcome from Kafka. */
    private JsonNode awaitSuggestedAgreement(UUID partner) {
        String partnerOrganisation = organisationOf(partner);
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode agreement : api.get(DialogueService.AGREEMENT, "/api/forums/" + forumId + "/agreements?party="
                    + organisationOf(named.get("technopolis")), admin)) {
                if (agreement.path("status").asText().equals("DRAFT") && agreement.path("parties").findValuesAsText("organisationId")
                        .contains(partnerOrganisation)) {
                    return agreement;
                }
            }
            pause();
        }
        throw new IllegalStateException("agreement-service suggested no agreement with " + partner + " within " + PATIENCE);
    }

    private String organisationOf(UUID participantId) {
        return api.get(DialogueService.REGISTRATION, "/api/registrations/" + participantId, admin)
                .path("organisation").path("organisationId").asText();
    }

    /** The two executed agreements, for what to look at afterwards. */
    public List<String> executedAgreements() {
        return agreements;
    }

    private static Map<String, String> text(LocalizedText text) {
        Map<String, String> map = new HashMap<>();
        if (text.ru() != null) {
            map.put("ru", text.ru());
        }
        if (text.zh() != null) {
            map.put("zh", text.zh());
        }
        if (text.en() != null) {
            map.put("en", text.en());
        }
        return map;
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
