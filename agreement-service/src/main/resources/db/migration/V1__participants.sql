-- Participants as agreement-service sees them (who may sign for which organisation):
-- a projection of forum.participants.v1.
create table participant (
    participant_id    uuid         primary key,
    forum_id          varchar(64)  not null,
    full_name         varchar(300) not null,
    organisation_id   uuid         not null,
    organisation_name varchar(500) not null,
    status            varchar(20)  not null,
    revision          bigint       not null,
    updated_at        timestamptz  not null
);

create index participant_organisation on participant (forum_id, organisation_id);
