package dev.dialogue.infra;

import dev.dialogue.events.Topic;
import dev.dialogue.events.TopicAcls;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AclBinding;

/**
 * The broker's principals and what each may do ({@link TopicAcls}, from the topic catalogue), set up
 * through Kafka's Admin API by the admin principal. Anything not granted here is refused: the broker runs
 * the {@code StandardAuthorizer} with {@code allow.everyone.if.no.acl.found=false}.
 * <ul>
 *   <li>each service writes the topics it publishes and the dead-letter twins of those it
 *       consumes, reads what it consumes, in its own consumer group named after it;</li>
 *   <li>{@code dashboard} reads {@code forum.*} and writes nothing.</li>
 * </ul>
 * Partner systems are not set up here: registration-service admits each, with a principal and a
 * topic space of its own ({@code POST /api/partners}), logged in as the admin.
 * {@code broker} (the broker's own logins) and {@code admin} are super users, set in the broker's
 * configuration and given their SCRAM credentials when its storage is formatted.
 */
public final class KafkaAccessControl {

    public static final String BROKER = "broker";
    public static final String ADMIN = "admin";
    public static final String DASHBOARD = TopicAcls.DASHBOARD;

    private KafkaAccessControl() {
    }

    /** The super users, in the form of the broker's {@code super.users}. */
    static String superUsers() {
        return "User:" + BROKER + ";User:" + ADMIN;
    }

    /** The principals the stack creates besides the two super users. */
    public static List<String> clientPrincipals() {
        return Stream.concat(services().stream().map(Topic.Service::displayName), Stream.of(DASHBOARD)).toList();
    }

    /** Every ACL of a client principal. */
    public static List<AclBinding> aclsOf(String principal) {
        if (principal.equals(DASHBOARD)) {
            return TopicAcls.ofDashboard();
        }
        return TopicAcls.ofService(services().stream().filter(service -> TopicAcls.principal(service).equals(principal)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no Kafka principal " + principal)));
    }

    /**
     * Creates (or resets) every client principal's SCRAM credentials and its ACLs, then waits until
     * each can log in and see its first topic: the broker applies both from its metadata log, a
     * moment after the controller has committed them.
     */
    static void provision(KafkaAccess admin, KafkaCredentials credentials, Duration timeout) {
        try (Admin client = Admin.create(adminConfig(admin))) {
            List<UserScramCredentialUpsertion> users = clientPrincipals().stream()
                    .map(principal -> new UserScramCredentialUpsertion(principal,
                            new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), credentials.password(principal)))
                    .toList();
            client.alterUserScramCredentials(List.copyOf(users)).all().get();
            client.createAcls(clientPrincipals().stream().flatMap(principal -> aclsOf(principal).stream()).toList()).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting up the broker's principals", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot set up the broker's principals as " + admin, e.getCause());
        }
        Instant deadline = Instant.now().plus(timeout);
        for (String principal : clientPrincipals()) {
            awaitEffective(admin.as(principal, credentials.password(principal)), deadline);
        }
    }

    private static void awaitEffective(KafkaAccess access, Instant deadline) {
        try (Admin client = Admin.create(adminConfig(access))) {
            while (true) {
                try {
                    if (!client.listTopics().names().get().isEmpty()) {
                        return;
                    }
                } catch (ExecutionException e) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException(access + " cannot log in to the broker", e.getCause());
                    }
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(access + " sees no topic: its ACLs did not reach the broker");
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> adminConfig(KafkaAccess access) {
        Map<String, Object> config = new HashMap<>(access.clientConfig());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        return config;
    }

    private static List<Topic.Service> services() {
        return Arrays.stream(Topic.Service.values()).filter(service -> service != Topic.Service.PARTNER_SYSTEMS).toList();
    }
}
