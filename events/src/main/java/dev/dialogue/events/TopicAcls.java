package dev.dialogue.events;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Who may do what on which topic, as the broker's ACLs, from the catalogue: a topic's publisher
 * writes it, its consumers read it (each service in its own consumer group, named after it) and
 * write its dead-letter twin. A partner's topics are granted when the partner is admitted, to the
 * partner's own principal and to the services that serve it. Whatever is not granted is refused.
 */
public final class TopicAcls {

    /** The read-only principal of internal dashboards. */
    public static final String DASHBOARD = "dashboard";

    private TopicAcls() {
    }

    /** A service's principal is its name. */
    public static String principal(Topic.Service service) {
        return service.displayName();
    }

    public static String partnerPrincipal(String partnerId) {
        return "partner-" + partnerId;
    }

    /** The consumer groups a partner may use: {@code partner.<partnerId>.<anything>}. */
    public static String partnerGroupPrefix(String partnerId) {
        return "partner." + partnerId + ".";
    }

    /** A service's ACLs on the platform's own topics; those of partners' spaces come with each partner. */
    public static List<AclBinding> ofService(Topic.Service service) {
        String principal = principal(service);
        List<AclBinding> acls = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            if (topic.publisher() == service && !topic.perPartner()) {
                acls.add(topic(principal, topic.topicName(), PatternType.LITERAL, AclOperation.WRITE));
            }
            if (topic.consumers().contains(service)) {
                if (!topic.perPartner()) {
                    acls.add(topic(principal, topic.topicName(), PatternType.LITERAL, AclOperation.READ));
                }
                acls.add(topic(principal, topic.deadLetterTopic().orElseThrow(), PatternType.LITERAL, AclOperation.WRITE));
                acls.add(group(principal, principal, PatternType.LITERAL));
            }
        }
        return acls.stream().distinct().toList();
    }

    /** Reads {@code forum.*}, in groups of its own; writes nothing, and sees nothing of partners. */
    public static List<AclBinding> ofDashboard() {
        return List.of(topic(DASHBOARD, "forum.", PatternType.PREFIXED, AclOperation.READ),
                group(DASHBOARD, DASHBOARD, PatternType.PREFIXED));
    }

    /**
     * A partner's topic space: the partner writes the topics it publishes and reads those published
     * to it, and nothing else; the services write and read what they serve it.
     */
    public static List<AclBinding> ofPartnerSpace(String partnerId) {
        String partner = partnerPrincipal(partnerId);
        List<AclBinding> acls = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            if (!topic.perPartner()) {
                continue;
            }
            String name = topic.forPartner(partnerId);
            boolean fromPartner = topic.publisher() == Topic.Service.PARTNER_SYSTEMS;
            acls.add(topic(fromPartner ? partner : principal(topic.publisher()), name, PatternType.LITERAL, AclOperation.WRITE));
            if (fromPartner) {
                topic.consumers().forEach(service -> acls.add(topic(principal(service), name, PatternType.LITERAL, AclOperation.READ)));
            } else {
                acls.add(topic(partner, name, PatternType.LITERAL, AclOperation.READ));
            }
        }
        acls.add(group(partner, partnerGroupPrefix(partnerId), PatternType.PREFIXED));
        return acls;
    }

    private static AclBinding topic(String principal, String name, PatternType pattern, AclOperation operation) {
        return new AclBinding(new ResourcePattern(ResourceType.TOPIC, name, pattern),
                new AccessControlEntry("User:" + principal, "*", operation, AclPermissionType.ALLOW));
    }

    private static AclBinding group(String principal, String name, PatternType pattern) {
        return new AclBinding(new ResourcePattern(ResourceType.GROUP, name, pattern),
                new AccessControlEntry("User:" + principal, "*", AclOperation.READ, AclPermissionType.ALLOW));
    }
}
