-- The transactional outbox, in the column layout of Debezium's outbox event router
-- (id, aggregatetype, aggregateid, type, payload), so CDC can replace the relay in production:
-- route.by.field=aggregatetype carries the topic name. The relay also uses seq and sent_at.
create table outbox_event (
    id            uuid         primary key,
    aggregatetype varchar(255) not null,
    aggregateid   varchar(255) not null,
    type          varchar(255) not null,
    payload       jsonb        not null,
    occurred_at   timestamptz  not null,
    seq           bigserial    not null,
    sent_at       timestamptz
);

create index outbox_event_unsent on outbox_event (seq) where sent_at is null;
create index outbox_event_sent on outbox_event (sent_at) where sent_at is not null;
