-- Accredited participants as matchmaking sees them: a projection of forum.participants.v1 that
-- holds approved, waitlisted and checked-in registrations only.
create table profile (
    participant_id    uuid         primary key,
    forum_id          varchar(64)  not null,
    full_name         varchar(300) not null,
    organisation_id   uuid         not null,
    organisation_name varchar(500) not null,
    organisation_kind varchar(30)  not null,
    country           varchar(2)   not null,
    category          varchar(30)  not null,
    status            varchar(20)  not null,
    languages         jsonb        not null,
    sectors           jsonb        not null,
    offers            jsonb        not null,
    seeks             jsonb        not null,
    -- The interest types alone, for the candidate index.
    offer_types       jsonb        not null,
    seek_types        jsonb        not null,
    revision          bigint       not null,
    updated_at        timestamptz  not null
);

create index profile_forum on profile (forum_id);
-- Candidates are found by containment (sectors @> '["ROBOTICS"]', …), never by a scan of all pairs.
create index profile_sectors on profile using gin (sectors);
create index profile_offer_types on profile using gin (offer_types);
create index profile_seek_types on profile using gin (seek_types);
