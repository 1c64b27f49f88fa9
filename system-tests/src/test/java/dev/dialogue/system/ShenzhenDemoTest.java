package dev.dialogue.system;

import static dev.dialogue.system.RunningSystem.admin;
import static dev.dialogue.system.RunningSystem.as;
import static dev.dialogue.system.RunningSystem.demo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import dev.dialogue.demo.ShenzhenForum;
import dev.dialogue.infra.DialogueService;
import org.junit.jupiter.api.Test;

/** What ./dialogue up --demo loads, loaded here the same way, through REST and Kafka only. */
class ShenzhenDemoTest {

    @Test
    void theShenzhenForumLoadsThroughThePublicInterfaces() {
        ShenzhenForum forum = demo();

        String admin = admin();
        as(admin, DialogueService.REGISTRATION).get("/api/forums/" + forum.forumId() + "/registrations/stats").then()
                .statusCode(200)
                .body("total", greaterThanOrEqualTo(250))
                .body("byCategory.size()", equalTo(8))
                .body("byCountry.CN", greaterThan(100)).body("byCountry.RU", greaterThan(100));
        as(admin, DialogueService.MATCHMAKING).get("/api/forums/" + forum.forumId() + "/matchmaking/stats").then()
                .statusCode(200)
                .body("total.scheduled", greaterThan(100))
                .body("total.cooperationPossible", greaterThanOrEqualTo(2));
        assertThat(forum.executedAgreements()).hasSize(2);
        for (String agreement : forum.executedAgreements()) {
            as(admin, DialogueService.AGREEMENT).get("/api/agreements/" + agreement).then()
                    .body("status", equalTo("EXECUTED")).body("projects.size()", equalTo(1))
                    .body("documents.size()", equalTo(3)).body("prevailingLanguage", equalTo("ru"));
            as(admin, DialogueService.AGREEMENT).get("/api/agreements/" + agreement + "/verification").then()
                    .body("valid", equalTo(true));
        }
    }
}
