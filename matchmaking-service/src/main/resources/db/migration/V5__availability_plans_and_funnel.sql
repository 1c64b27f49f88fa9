-- The forum's other sessions (plenaries, panels…): a participant enrolled in one is not free for
-- meetings while it runs.
create table programme_session (
    id        uuid        primary key,
    forum_id  varchar(64) not null,
    starts_at timestamptz not null,
    ends_at   timestamptz not null
);

alter table profile add column enrolled_sessions jsonb not null default '[]';

-- Breaks a participant declared (lunch, a call, travel): no meeting is placed in them.
create table participant_break (
    id             uuid        primary key,
    participant_id uuid        not null,
    starts_at      timestamptz not null,
    ends_at        timestamptz not null,
    constraint participant_break_positive check (ends_at > starts_at)
);

create index participant_break_participant on participant_break (participant_id);

-- The session a booking falls in, so the per-session cap is a count.
alter table participant_booking add column session_id uuid references b2b_session (id);
update participant_booking b set session_id = t.session_id
    from table_booking t where t.meeting_id = b.meeting_id;
alter table participant_booking alter column session_id set not null;
create index participant_booking_session on participant_booking (participant_id, session_id);

-- The funnel: when the request was accepted, and what the pair was about (kept when profiles go,
-- since neither sectors nor countries are personal data).
alter table meeting add column accepted_at timestamptz;
alter table meeting add column sectors jsonb not null default '[]';
alter table meeting add column country_pair varchar(5) not null default '';

-- A provisional plan from a schedule run; publishing books its entries and makes them final.
create table schedule_plan (
    id          uuid        primary key,
    forum_id    varchar(64) not null,
    status      varchar(20) not null,
    created_at  timestamptz not null,
    requests    integer     not null,
    upper_bound integer     not null
);

create index schedule_plan_forum on schedule_plan (forum_id, created_at);

create table schedule_plan_entry (
    plan_id    uuid        not null references schedule_plan (id),
    meeting_id uuid        not null references meeting (id),
    session_id uuid        not null references b2b_session (id),
    slot_start timestamptz not null,
    table_no   integer     not null,
    primary key (plan_id, meeting_id),
    unique (plan_id, session_id, slot_start, table_no)
);
