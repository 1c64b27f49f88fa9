-- Recommendations rank profiles held in memory by each instance (see RecommendationService). Every
-- instance catches up with the table before it answers: it reads what changed since the oldest
-- transaction still running when it last looked. So each write records its transaction id, and a
-- removed profile leaves its id behind (no personal data) for the instances that still hold it.
alter table profile add column changed_xid xid8 not null default pg_current_xact_id();
create index profile_changes on profile (forum_id, changed_xid);

create function profile_touched() returns trigger language plpgsql as $$
begin
    new.changed_xid := pg_current_xact_id();
    return new;
end $$;

create trigger profile_touched before update on profile
    for each row execute function profile_touched();

create table profile_removal (
    participant_id uuid        primary key,
    forum_id       varchar(64) not null,
    changed_xid    xid8        not null
);

create index profile_removal_changes on profile_removal (forum_id, changed_xid);

create function profile_removed() returns trigger language plpgsql as $$
begin
    insert into profile_removal (participant_id, forum_id, changed_xid)
        values (old.participant_id, old.forum_id, pg_current_xact_id())
        on conflict (participant_id) do update set forum_id = excluded.forum_id, changed_xid = excluded.changed_xid;
    return old;
end $$;

create trigger profile_removed after delete on profile
    for each row execute function profile_removed();

-- Pairs that declined are never proposed again: found from either side.
create index meeting_declined_requester on meeting (forum_id, requester_id) where status = 'DECLINED';
create index meeting_declined_invitee on meeting (forum_id, invitee_id) where status = 'DECLINED';

-- Candidates now come from the in-memory index: the GIN indexes only slowed writes down.
drop index profile_sectors;
drop index profile_offer_types;
drop index profile_seek_types;
