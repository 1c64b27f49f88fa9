-- Events a consumer has handled: the row commits with the handler's effect, so a redelivered
-- event finds its (source, id) here and has no second effect. CloudEvents ids are unique per source.
create table inbox_event (
    consumer    varchar(200) not null,
    source      varchar(500) not null,
    event_id    uuid         not null,
    event_type  varchar(255) not null,
    handled_at  timestamptz  not null default now(),
    primary key (consumer, source, event_id)
);
