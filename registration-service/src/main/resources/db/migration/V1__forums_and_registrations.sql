-- Texts in three languages and lists of codes are jsonb: read whole, never queried inside.

create table forum (
    id                       varchar(64)  primary key,
    title                    jsonb        not null,
    city                     varchar(200) not null,
    time_zone                varchar(64)  not null,
    start_date               date         not null,
    end_date                 date         not null,
    status                   varchar(10)  not null,
    auto_approved_categories jsonb        not null,
    version                  bigint       not null,
    constraint forum_dates check (end_date >= start_date)
);

create table forum_session (
    id           uuid        primary key,
    forum_id     varchar(64) not null references forum (id),
    kind         varchar(20) not null,
    title        jsonb       not null,
    starts_at    timestamptz not null,
    ends_at      timestamptz not null,
    capacity     integer     not null,
    sectors      jsonb       not null,
    tables       integer,
    slot_minutes integer,
    constraint session_window check (ends_at > starts_at),
    constraint session_capacity check (capacity > 0),
    -- Tables and slot length belong to B2B sessions, and every B2B session has them.
    constraint session_b2b check ((kind = 'B2B_MEETINGS') = (tables is not null and slot_minutes is not null))
);

create index forum_session_forum on forum_session (forum_id);

-- The same body registered twice is one organisation: its name, normalised, in any of its
-- languages, within one country.
create table organisation (
    id          uuid         primary key,
    name        jsonb        not null,
    name_key_ru varchar(500),
    name_key_zh varchar(500),
    name_key_en varchar(500),
    kind        varchar(30)  not null,
    country     varchar(2)   not null,
    region      varchar(200),
    constraint organisation_named check (coalesce(name_key_ru, name_key_zh, name_key_en) is not null)
);

create unique index organisation_ru on organisation (country, name_key_ru) where name_key_ru is not null;
create unique index organisation_zh on organisation (country, name_key_zh) where name_key_zh is not null;
create unique index organisation_en on organisation (country, name_key_en) where name_key_en is not null;

create table registration (
    id                   uuid          primary key,
    forum_id             varchar(64)   not null references forum (id),
    full_name            varchar(300)  not null,
    name_transliterations jsonb,
    email                varchar(254)  not null,
    phone                varchar(40),
    position             varchar(300),
    organisation_id      uuid          not null references organisation (id),
    category             varchar(30)   not null,
    languages            jsonb         not null,
    sectors              jsonb         not null,
    offers               jsonb         not null,
    seeks                jsonb         not null,
    consent_text_version varchar(64)   not null,
    consent_given_at     timestamptz   not null,
    status               varchar(20)   not null,
    status_reason        varchar(1000),
    registered_at        timestamptz   not null,
    version              bigint        not null
);

-- One registration per email per forum, whatever the letter case.
create unique index registration_forum_email on registration (forum_id, lower(email));
create index registration_forum_status on registration (forum_id, status);

create table session_seat (
    registration_id   uuid        not null references registration (id),
    session_id        uuid        not null references forum_session (id),
    status            varchar(20) not null,
    primary key (registration_id, session_id)
);
