#!/bin/bash
# The broker of docker-compose.yml, with the settings local-infra gives its own broker
# (dev.dialogue.infra.BrokerSettings): SASL SCRAM-SHA-512 on the listeners clients use, PLAIN for
# the broker's login to itself as controller, the StandardAuthorizer refusing what no ACL allows,
# and super users only for the broker and the admin, whose credentials are written into the
# storage when it is first formatted (nobody could log in to create them afterwards).
set -euo pipefail
: "${DIALOGUE_KAFKA_BROKER_PASSWORD:?set DIALOGUE_KAFKA_BROKER_PASSWORD}"
: "${DIALOGUE_KAFKA_ADMIN_PASSWORD:?set DIALOGUE_KAFKA_ADMIN_PASSWORD}"
config=/tmp/dialogue/server.properties
mkdir -p /tmp/dialogue
umask 077
cat > "$config" <<PROPERTIES
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@localhost:9093
listeners=INTERNAL://:19092,EXTERNAL://:9092,CONTROLLER://localhost:9093
advertised.listeners=INTERNAL://kafka:19092,EXTERNAL://localhost:9092
controller.listener.names=CONTROLLER
inter.broker.listener.name=INTERNAL
listener.security.protocol.map=INTERNAL:SASL_PLAINTEXT,EXTERNAL:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
sasl.enabled.mechanisms=SCRAM-SHA-512
listener.name.internal.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="broker" password="${DIALOGUE_KAFKA_BROKER_PASSWORD}";
listener.name.external.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="broker" password="${DIALOGUE_KAFKA_BROKER_PASSWORD}";
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="broker" password="${DIALOGUE_KAFKA_BROKER_PASSWORD}" user_broker="${DIALOGUE_KAFKA_BROKER_PASSWORD}";
sasl.mechanism.controller.protocol=PLAIN
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
allow.everyone.if.no.acl.found=false
super.users=User:broker;User:admin
log.dirs=/var/lib/kafka/data
num.partitions=3
auto.create.topics.enable=false
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
PROPERTIES
# The healthcheck logs in as the admin with this.
cat > /tmp/dialogue/admin.properties <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${DIALOGUE_KAFKA_ADMIN_PASSWORD}";
PROPERTIES
if [ ! -f /var/lib/kafka/data/meta.properties ]; then
  /opt/kafka/bin/kafka-storage.sh format -c "$config" -t "$(/opt/kafka/bin/kafka-storage.sh random-uuid)" \
    --add-scram "SCRAM-SHA-512=[name=broker,password=${DIALOGUE_KAFKA_BROKER_PASSWORD}]" \
    --add-scram "SCRAM-SHA-512=[name=admin,password=${DIALOGUE_KAFKA_ADMIN_PASSWORD}]"
fi
exec /opt/kafka/bin/kafka-server-start.sh "$config"
