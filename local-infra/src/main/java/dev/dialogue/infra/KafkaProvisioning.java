package dev.dialogue.infra;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sets up a broker the platform did not start (docker-compose.yml's, or production's): every
 * catalogued topic, and each client principal with its password and its ACLs
 * ({@link KafkaAccessControl}), logged in as the admin. Reads {@code KAFKA_BOOTSTRAP_SERVERS},
 * {@code DIALOGUE_KAFKA_ADMIN_USER} (default {@code admin}), {@code DIALOGUE_KAFKA_ADMIN_PASSWORD},
 * {@code DIALOGUE_KAFKA_PARTITIONS} (default 3) and, for each principal, the password in
 * {@link #passwordVariable}. Run again, it changes nothing but the passwords.
 */
public final class KafkaProvisioning {

    private KafkaProvisioning() {
    }

    public static void main(String[] args) {
        KafkaAccess admin = new KafkaAccess(required("KAFKA_BOOTSTRAP_SERVERS"),
                LocalInfra.env("DIALOGUE_KAFKA_ADMIN_USER").orElse(KafkaAccessControl.ADMIN), required("DIALOGUE_KAFKA_ADMIN_PASSWORD"));
        Map<String, String> passwords = new LinkedHashMap<>();
        KafkaAccessControl.clientPrincipals().forEach(principal -> passwords.put(principal, required(passwordVariable(principal))));
        TopicLayout.create(admin, Integer.parseInt(LocalInfra.env("DIALOGUE_KAFKA_PARTITIONS").orElse("3")), Duration.ofMinutes(2));
        KafkaAccessControl.provision(admin, KafkaCredentials.of(passwords), Duration.ofMinutes(1));
        System.out.println("Topics, principals and ACLs are in place for " + String.join(", ", passwords.keySet()) + ".");
    }

    /** {@code DIALOGUE_KAFKA_PASSWORD_REGISTRATION_SERVICE} for {@code registration-service}, and so on. */
    static String passwordVariable(String principal) {
        return "DIALOGUE_KAFKA_PASSWORD_" + principal.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static String required(String variable) {
        return LocalInfra.env(variable).orElseThrow(() -> new IllegalArgumentException(variable + " must be set"));
    }
}
