package dev.dialogue.registration.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** How registration-service admits partner systems on the broker. */
@ConfigMapping(prefix = "dialogue.partners.kafka")
public interface PartnersConfig {

    /**
     * The provisioning principal: it creates a partner's topics, credentials and ACLs through
     * Kafka's Admin API, so the broker must let it (a super user, or ALTER on the cluster and
     * CREATE on {@code partner.} topics). Without it, partners cannot be admitted.
     */
    Optional<String> provisioningUsername();

    Optional<String> provisioningPassword();

    /** The broker address partners are told to use, where it differs from the services' own. */
    Optional<String> advertisedBootstrapServers();

    /** Partitions of each partner topic. */
    @WithDefault("3")
    int partitions();
}
