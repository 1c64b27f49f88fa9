package dev.dialogue.registration.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialogue.platform.messaging.OutboxRelay;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxPurgeTest {

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager entityManager;

    @Test
    @SuppressWarnings("unchecked")
    void purgesRowsSentBeforeTheRetentionAndKeepsRecentOnes() {
        UUID sentLongAgo = row("now() - interval '2 hours'");
        UUID sentJustNow = row("now()");

        relay.purgeSent();

        List<Object> left = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select id from outbox_event where id in (?1, ?2)")
                .setParameter(1, sentLongAgo).setParameter(2, sentJustNow)
                .getResultList());
        assertThat(left).containsExactly(sentJustNow);
    }

    /** An already sent row, which the relay leaves alone, with the retention default of one hour. */
    private UUID row(String sentAt) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into outbox_event (id, aggregatetype, aggregateid, type, payload, occurred_at, sent_at)
                values (?1, 'forum.participants.v1', ?2, 'dev.dialogue.participant.registered.v1', '{}', now(), """
                + sentAt + ")")
                .setParameter(1, id).setParameter(2, "purge-test-" + id).executeUpdate());
        return id;
    }
}
