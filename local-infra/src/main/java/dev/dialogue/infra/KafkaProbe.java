package dev.dialogue.infra;

import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.KafkaCloudEvents;
import dev.dialogue.events.Topic;
import dev.dialogue.events.TopicAcls;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes records to and reads records from the real broker, as a partner system or a dashboard would. */
public final class KafkaProbe {

    private final KafkaAccess access;

    public KafkaProbe(KafkaAccess access) {
        this.access = access;
    }

    public void send(String topic, CloudEvent event) {
        send(KafkaCloudEvents.toRecord(topic, event));
    }

    public void send(ProducerRecord<String, byte[]> record) {
        send(List.of(record));
    }

    /** Sends the records through one producer, in order, and returns once the broker has them all. */
    public void send(List<ProducerRecord<String, byte[]>> records) {
        Properties props = access.properties();
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> sends = new ArrayList<>(records.size());
            records.forEach(record -> sends.add(producer.send(record)));
            for (Future<RecordMetadata> send : sends) {
                send.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot send to " + records.get(0).topic(), e.getCause());
        } catch (KafkaException e) {
            throw new IllegalStateException("cannot send to " + records.get(0).topic(), e);
        }
    }

    /**
     * Opens a partner's topic space as registration-service does when an admin admits the partner
     * (its topics and everyone's ACLs on them), for a test that plays the partner as the admin; needs
     * the admin's access.
     */
    public void openPartnerSpace(String partnerId) {
        try (Admin admin = Admin.create(access.clientConfig())) {
            Set<String> existing = admin.listTopics().names().get();
            admin.createTopics(Topic.partnerTopicNames(partnerId).stream().filter(name -> !existing.contains(name))
                    .map(name -> new NewTopic(name, 3, (short) 1).configs(Topic.settingsOf(name))).toList()).all().get();
            admin.createAcls(TopicAcls.ofPartnerSpace(partnerId)).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot open the topic space of " + partnerId, e.getCause());
        }
    }

    /** The names of the topics this principal may see. */
    public Set<String> topics() {
        try (Admin admin = Admin.create(access.clientConfig())) {
            return admin.listTopics().names().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot list the topics", e.getCause());
        }
    }

    /** Reads the topic from its beginning until a record matches, or fails after the timeout. */
    public ConsumerRecord<String, byte[]> await(String topic, Predicate<ConsumerRecord<String, byte[]>> match,
            Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (match.test(record)) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no matching record on " + topic + " within " + timeout);
    }

    /** Every record on the topic now, from the beginning. */
    public List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            Instant deadline = Instant.now().plusSeconds(30);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Properties props = access.properties();
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
