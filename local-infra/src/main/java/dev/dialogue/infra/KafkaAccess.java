package dev.dialogue.infra;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;

/**
 * One principal's way onto the broker: its address and its SCRAM-SHA-512 credentials. Every
 * client of the platform's broker, the services' included, authenticates this way; the broker
 * takes the principal from the authentication and its ACLs decide what the principal may do.
 */
public record KafkaAccess(String bootstrapServers, String username, String password, boolean authenticated) {

    public static final String SECURITY_PROTOCOL = "SASL_PLAINTEXT";
    public static final String MECHANISM = "SCRAM-SHA-512";

    private static final String SCHEME = "kafka-scram";

    public KafkaAccess(String bootstrapServers, String username, String password) {
        this(bootstrapServers, username, password, true);
    }

    /**
     * A listener that takes no login, where every client is the same anonymous super user: only the
     * benchmarks' baseline runs one, to measure what authentication and authorisation cost. The
     * name and password are never sent.
     */
    static KafkaAccess unauthenticated(String bootstrapServers) {
        return new KafkaAccess(bootstrapServers, "ANONYMOUS", "not-sent", false);
    }

    /**
     * The access a partner's admission describes: its login, unless the listener takes none (the
     * benchmarks' baseline, {@code PLAINTEXT}).
     */
    public static KafkaAccess of(String bootstrapServers, String securityProtocol, String username, String password) {
        return "PLAINTEXT".equals(securityProtocol) ? unauthenticated(bootstrapServers)
                : new KafkaAccess(bootstrapServers, username, password);
    }

    /** The client settings: address, protocol, mechanism and the login, as every Kafka client takes them. */
    public Map<String, Object> clientConfig() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        if (!authenticated) {
            config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "PLAINTEXT");
            return config;
        }
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, SECURITY_PROTOCOL);
        config.put(SaslConfigs.SASL_MECHANISM, MECHANISM);
        config.put(SaslConfigs.SASL_JAAS_CONFIG, jaasConfig());
        return config;
    }

    public Properties properties() {
        Properties properties = new Properties();
        properties.putAll(clientConfig());
        return properties;
    }

    /** The login module line of {@code sasl.jaas.config}. */
    public String jaasConfig() {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + username + "\" password=\"" + password + "\";";
    }

    /** The same broker as another principal. */
    public KafkaAccess as(String otherUsername, String otherPassword) {
        return new KafkaAccess(bootstrapServers, otherUsername, otherPassword, authenticated);
    }

    /**
     * The access as one string ({@code kafka-scram://user:password@host:port}), for a single
     * configuration value; {@link #decode} reads it back.
     */
    public String encoded() {
        return SCHEME + "://" + encode(username) + ":" + encode(password) + "@" + bootstrapServers;
    }

    public static KafkaAccess decode(String encoded) {
        URI uri = URI.create(encoded);
        String userInfo = uri.getRawUserInfo();
        if (!SCHEME.equals(uri.getScheme()) || userInfo == null || !userInfo.contains(":")) {
            throw new IllegalArgumentException("not a " + SCHEME + "://user:password@host:port address");
        }
        int colon = userInfo.indexOf(':');
        return new KafkaAccess(uri.getRawAuthority().substring(uri.getRawAuthority().indexOf('@') + 1),
                URLDecoder.decode(userInfo.substring(0, colon), StandardCharsets.UTF_8),
                URLDecoder.decode(userInfo.substring(colon + 1), StandardCharsets.UTF_8));
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return username + "@" + bootstrapServers;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
