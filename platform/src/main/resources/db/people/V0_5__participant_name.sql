-- Who a participant is, for the services that show or print names (not registration, which owns
-- them): kept from personal.participants.v1, a compacted topic that an erasure empties, apart
-- from any projection of forum.participants.v1, since either topic may be read first. An erasure
-- deletes the row.
create table participant_name (
    participant_id uuid         primary key,
    full_name      varchar(300) not null,
    updated_at     timestamptz  not null
);
