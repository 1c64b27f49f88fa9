-- B2B sessions as matchmaking sees them: a projection of forum.forums.v1.
create table b2b_session (
    id           uuid        primary key,
    forum_id     varchar(64) not null,
    starts_at    timestamptz not null,
    ends_at      timestamptz not null,
    tables       integer     not null,
    slot_minutes integer     not null
);

create index b2b_session_forum on b2b_session (forum_id, starts_at);

create table meeting (
    id             uuid          primary key,
    forum_id       varchar(64)   not null,
    requester_id   uuid          not null,
    invitee_id     uuid          not null,
    status         varchar(20)   not null,
    message        varchar(2000),
    decline_reason varchar(1000),
    session_id     uuid,
    slot_start     timestamptz,
    slot_end       timestamptz,
    table_no       integer,
    requested_at   timestamptz   not null,
    version        bigint        not null,
    constraint meeting_not_with_oneself check (requester_id <> invitee_id)
);

-- One open request per pair, whoever asked.
create unique index meeting_open_pair on meeting (forum_id, least(requester_id, invitee_id), greatest(requester_id, invitee_id))
    where status in ('REQUESTED', 'ACCEPTED', 'SCHEDULED');

-- The bookings: their primary keys make double booking impossible, whatever the code does and
-- however many accepts race. A scheduled meeting holds one table row and two participant rows.
create table table_booking (
    session_id uuid        not null references b2b_session (id),
    slot_start timestamptz not null,
    table_no   integer     not null,
    meeting_id uuid        not null references meeting (id),
    primary key (session_id, slot_start, table_no)
);

create table participant_booking (
    participant_id uuid        not null,
    slot_start     timestamptz not null,
    meeting_id     uuid        not null references meeting (id),
    primary key (participant_id, slot_start)
);
