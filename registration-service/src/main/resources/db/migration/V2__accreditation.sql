-- Seats taken per session, kept next to the capacity so that the database itself refuses an
-- overbooking: approvals take a seat with "enrolled = enrolled + 1 where enrolled < capacity".
alter table forum_session add column enrolled integer not null default 0;
alter table forum_session add constraint session_not_overbooked check (enrolled between 0 and capacity);

-- The waiting list is ordered by ticket: first come, first promoted.
create sequence waitlist_ticket;
alter table session_seat add column waitlist_ticket bigint;
alter table session_seat add constraint seat_waiting_has_ticket check ((status = 'WAITLISTED') = (waitlist_ticket is not null));
create index session_seat_waitlist on session_seat (session_id, waitlist_ticket) where status = 'WAITLISTED';
