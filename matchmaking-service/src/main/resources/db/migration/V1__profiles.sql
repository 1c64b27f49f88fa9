-- Participants as matchmaking sees them: a projection of forum.participants.v1.
create table profile (
    participant_id    uuid         primary key,
    forum_id          varchar(64)  not null,
    full_name         varchar(300) not null,
    organisation_id   uuid         not null,
    organisation_name varchar(500) not null,
    country           varchar(2)   not null,
    status            varchar(20)  not null,
    revision          bigint       not null,
    updated_at        timestamptz  not null
);

create index profile_forum on profile (forum_id);
