package dev.dialogue.infra;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A password for each principal of the local broker, made at random when the stack starts. */
final class KafkaCredentials {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> passwords = new LinkedHashMap<>();

    private KafkaCredentials() {
    }

    static KafkaCredentials generate(List<String> principals) {
        KafkaCredentials credentials = new KafkaCredentials();
        principals.forEach(principal -> credentials.passwords.put(principal, randomPassword()));
        return credentials;
    }

    static KafkaCredentials of(Map<String, String> passwords) {
        KafkaCredentials credentials = new KafkaCredentials();
        credentials.passwords.putAll(passwords);
        return credentials;
    }

    String password(String principal) {
        String password = passwords.get(principal);
        if (password == null) {
            throw new IllegalArgumentException("no Kafka principal " + principal + "; known: " + passwords.keySet());
        }
        return password;
    }

    Map<String, String> passwords() {
        return Map.copyOf(passwords);
    }

    static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
