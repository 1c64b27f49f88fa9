create table registration (
    id                uuid         primary key,
    forum_id          varchar(64)  not null,
    full_name         varchar(300) not null,
    email             varchar(254) not null,
    organisation_name varchar(300) not null,
    country           varchar(2)   not null,
    status            varchar(20)  not null,
    registered_at     timestamptz  not null,
    version           bigint       not null default 0
);

-- One registration per email per forum, whatever the letter case.
create unique index registration_forum_email on registration (forum_id, lower(email));
