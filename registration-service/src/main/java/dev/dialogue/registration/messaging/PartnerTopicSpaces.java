package dev.dialogue.registration.messaging;

import dev.dialogue.events.Topic;
import dev.dialogue.events.TopicAcls;
import dev.dialogue.registration.config.PartnersConfig;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialDeletion;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntryFilter;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.ResourceNotFoundException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.ResourcePatternFilter;

/**
 * A partner's topic space on the broker ({@code partner.<partnerId>.*}), opened when an admin
 * admits the partner and closed when it is suspended, through Kafka's Admin API as the
 * provisioning principal. The partner gets a principal of its own with a fresh password, may write
 * its requests and read its answers there and nothing else; the services get what they need of
 * that space. So the topic a request comes on says which partner sent it.
 */
@ApplicationScoped
public class PartnerTopicSpaces {

    /** What a partner's system needs to reach its topic space; the password is not kept anywhere. */
    public record Credentials(String bootstrapServers, String securityProtocol, String saslMechanism, String username,
            String password, Map<String, String> topics, String consumerGroupPrefix) {
    }

    /** The broker refused or did not answer; nothing of the admission is kept. */
    public static final class Unavailable extends RuntimeException {

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration USABLE_WITHIN = Duration.ofSeconds(15);

    private final Map<String, Object> kafka;
    private final PartnersConfig config;

    PartnerTopicSpaces(@Identifier("default-kafka-broker") Map<String, Object> kafka, PartnersConfig config) {
        this.kafka = kafka;
        this.config = config;
    }

    /** Creates the partner's topics if missing, sets its password (a new one each time) and its ACLs. */
    public Credentials open(String partnerId) {
        String password = newPassword();
        run("open the topic space of partner " + partnerId, admin -> {
            List<NewTopic> topics = Topic.partnerTopicNames(partnerId).stream()
                    .map(name -> new NewTopic(name, Optional.of(config.partitions()), Optional.empty())
                            .configs(Topic.settingsOf(name))).toList();
            try {
                admin.createTopics(topics).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(TopicAcls.partnerPrincipal(partnerId),
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password))).all().get();
            admin.createAcls(TopicAcls.ofPartnerSpace(partnerId)).all().get();
        });
        String answers = Topic.PARTNER_REGISTRATION_RESULTS.forPartner(partnerId);
        run("wait until the broker takes the login of partner " + partnerId, TopicAcls.partnerPrincipal(partnerId), password,
                asPartner -> awaitUsable(asPartner, answers));
        Map<String, String> topics = new LinkedHashMap<>();
        for (Topic topic : Topic.values()) {
            if (topic.perPartner()) {
                topics.put(topic.name().toLowerCase().replace("partner_", "").replace('_', '-'), topic.forPartner(partnerId));
            }
        }
        return new Credentials(config.advertisedBootstrapServers().orElse(String.valueOf(kafka.get("bootstrap.servers"))),
                String.valueOf(kafka.getOrDefault("security.protocol", "SASL_PLAINTEXT")),
                ScramMechanism.SCRAM_SHA_512.mechanismName(), TopicAcls.partnerPrincipal(partnerId), password, topics, TopicAcls.partnerGroupPrefix(partnerId));
    }

    /** Takes the partner's password and ACLs away: it can neither log in nor, on a live connection, read or write. */
    public void close(String partnerId) {
        run("close the topic space of partner " + partnerId, admin -> {
            try {
                admin.alterUserScramCredentials(List.of(new UserScramCredentialDeletion(TopicAcls.partnerPrincipal(partnerId),
                        ScramMechanism.SCRAM_SHA_512))).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof ResourceNotFoundException)) {
                    throw e;
                }
            }
            admin.deleteAcls(List.of(new AclBindingFilter(ResourcePatternFilter.ANY, new AccessControlEntryFilter(
                    "User:" + TopicAcls.partnerPrincipal(partnerId), null, AclOperation.ANY, AclPermissionType.ANY)))).all().get();
        });
    }

    private interface AdminWork {
        void run(Admin admin) throws ExecutionException, InterruptedException;
    }

    /**
     * The broker applies new credentials and ACLs from its metadata log a moment after the
     * controller has committed them: the partner gets its password once it logs in and sees its space.
     */
    private static void awaitUsable(Admin asPartner, String topic) throws ExecutionException, InterruptedException {
        long deadline = System.nanoTime() + USABLE_WITHIN.toNanos();
        while (true) {
            try {
                if (asPartner.listTopics().names().get().contains(topic)) {
                    return;
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof SaslAuthenticationException) || System.nanoTime() > deadline) {
                    throw e;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new ExecutionException(new IllegalStateException("the partner does not see " + topic + " after " + USABLE_WITHIN));
            }
            Thread.sleep(100);
        }
    }

    private void run(String what, AdminWork work) {
        run(what, config.provisioningUsername().orElseThrow(() -> new Unavailable(
                "cannot " + what + ": no provisioning principal is configured (dialogue.partners.kafka.provisioning-username)", null)),
                config.provisioningPassword().orElseThrow(() -> new Unavailable(
                "cannot " + what + ": no provisioning password is configured (dialogue.partners.kafka.provisioning-password)", null)),
                work);
    }

    private void run(String what, String username, String password, AdminWork work) {
        Map<String, Object> admin = new HashMap<>();
        kafka.forEach((key, value) -> admin.put(key.replace('-', '.'), value));
        admin.keySet().retainAll(AdminClientConfig.configNames());
        admin.put(SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + username + "\" password=\"" + password + "\";");
        admin.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        admin.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        admin.put(CommonClientConfigs.CLIENT_ID_CONFIG, "registration-service-partner-provisioning");
        try (Admin client = Admin.create(admin)) {
            work.run(client);
        } catch (ExecutionException e) {
            throw new Unavailable("the broker did not let registration-service " + what + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while trying to " + what, e);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new Unavailable("cannot " + what + ": " + cause.getMessage(), e);
        }
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
