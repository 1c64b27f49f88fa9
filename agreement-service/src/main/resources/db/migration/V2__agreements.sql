-- What a participant works in: a suggested draft between two organisations takes their shared sectors.
alter table participant add column sectors jsonb not null default '[]';

create table agreement (
    id                        uuid          primary key,
    forum_id                  varchar(64)   not null,
    kind                      varchar(40)   not null,
    title                     jsonb         not null,
    sectors                   jsonb         not null,
    status                    varchar(20)   not null,
    -- Words of whoever declined or voided; personal data, so kept out of the hashed audit chain.
    status_reason             varchar(2000),
    status_reason_by          uuid,
    signing_order             varchar(20)   not null,
    prevailing_language       varchar(2),
    valid_from                date,
    valid_to                  date,
    value                     numeric(20, 2),
    currency                  varchar(3),
    signing_deadline          timestamptz,
    reminded_at               timestamptz,
    suggested_from_meeting_id uuid          unique,
    created_at                timestamptz   not null,
    version                   bigint        not null,
    constraint agreement_valid_period check (valid_to is null or valid_from is null or valid_to >= valid_from),
    constraint agreement_value_currency check ((value is null) = (currency is null))
);

create index agreement_forum on agreement (forum_id, status);

create table agreement_party (
    agreement_id      uuid         not null references agreement (id),
    position          integer      not null,
    organisation_id   uuid         not null,
    organisation_name varchar(500) not null,
    primary key (agreement_id, position),
    unique (agreement_id, organisation_id)
);

create index agreement_party_organisation on agreement_party (organisation_id);

create table agreement_signatory (
    agreement_id   uuid         not null references agreement (id),
    participant_id uuid         not null,
    party_position integer      not null,
    role           varchar(20)  not null,
    status         varchar(20)  not null,
    acted_at       timestamptz,
    primary key (agreement_id, participant_id)
);

-- Every version of every language's text; the current one is the highest version.
create table agreement_document (
    id           uuid        primary key,
    agreement_id uuid        not null references agreement (id),
    language     varchar(2)  not null,
    version      integer     not null,
    media_type   varchar(40) not null,
    content      bytea       not null,
    sha256       varchar(64) not null,
    uploaded_at  timestamptz not null,
    unique (agreement_id, language, version)
);

-- The tamper-evident trail: each entry holds the previous entry's hash, and its own hash covers
-- everything in it. Nothing personal goes in: participants appear by id, reasons by their hash.
create table audit_entry (
    agreement_id  uuid        not null references agreement (id),
    seq           integer     not null,
    at            timestamptz not null,
    actor         varchar(200) not null,
    action        varchar(40) not null,
    details       jsonb       not null,
    previous_hash varchar(64) not null,
    hash          varchar(64) not null,
    primary key (agreement_id, seq)
);

create table joint_project (
    id           uuid        primary key,
    agreement_id uuid        not null references agreement (id),
    sector       varchar(40) not null,
    title        jsonb       not null,
    status       varchar(20) not null,
    created_at   timestamptz not null
);
