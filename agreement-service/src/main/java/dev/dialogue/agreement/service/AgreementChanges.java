package dev.dialogue.agreement.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dialogue.agreement.domain.AgreementRecord;
import dev.dialogue.agreement.messaging.AgreementEvents;
import dev.dialogue.events.EventType;
import dev.dialogue.events.agreements.Agreement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * How every change of an agreement ends, whichever use case made it: an entry appended to its audit
 * chain and the whole agreement announced, in the transaction that holds the agreement's row lock.
 */
@ApplicationScoped
public class AgreementChanges {

    private final AuditTrail audit;
    private final AgreementEvents events;

    AgreementChanges(AuditTrail audit, AgreementEvents events) {
        this.audit = audit;
        this.events = events;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Agreement record(AgreementRecord agreement, String actor, String action, ObjectNode details, EventType fact) {
        String head = audit.append(agreement.id, actor, action, details);
        return events.publish(fact, agreement, head);
    }

    /** An entry in the chain for a step that is announced later, with others, by {@link #announce}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(AgreementRecord agreement, String actor, String action, ObjectNode details) {
        audit.append(agreement.id, actor, action, details);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Agreement announce(AgreementRecord agreement, EventType fact) {
        return events.publish(fact, agreement, audit.head(agreement.id));
    }

    /** The agreement as it stands, for a request that changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Agreement current(AgreementRecord agreement) {
        return AgreementEvents.state(agreement, audit.head(agreement.id));
    }

    static ObjectNode details(String name, Object value) {
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        if (value instanceof Number number) {
            details.put(name, number.longValue());
        } else {
            details.put(name, String.valueOf(value));
        }
        return details;
    }

    /** language → hash, as a JSON object for the audit chain. */
    static ObjectNode hashes(Map<String, String> values) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        values.forEach(node::put);
        return node;
    }
}
