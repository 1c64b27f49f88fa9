package dev.dialogue.infra;

import dev.dialogue.events.Topic;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/** Creates every catalogued topic but the partners' (made when each is admitted) and every dead-letter topic, once the broker answers. */
final class TopicLayout {

    private TopicLayout() {
    }

    static void create(KafkaAccess access, int partitions, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        try (Admin admin = Admin.create(KafkaAccessControl.adminConfig(access))) {
            while (true) {
                try {
                    Set<String> existing = admin.listTopics().names().get();
                    List<NewTopic> missing = Topic.platformTopicNames().stream()
                            .filter(name -> !existing.contains(name))
                            .map(name -> new NewTopic(name, partitions, (short) 1).configs(Topic.settingsOf(name)))
                            .toList();
                    admin.createTopics(missing).all().get();
                    return;
                } catch (ExecutionException e) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("Kafka at " + access.bootstrapServers() + " did not answer in " + timeout, e);
                    }
                    Thread.sleep(200);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }
}
