-- A row the broker can never take (over the producer's size limit, an invalid record) is set aside
-- rather than tried again ahead of every later row: failed_at says when, failure names the
-- exception's classes. The relay reads only rows neither sent nor set aside; an operator who has
-- raised the limit can clear failed_at and failure to have a row sent.
alter table outbox_event add column failed_at timestamptz;
alter table outbox_event add column failure varchar(500);

drop index outbox_event_unsent;
create index outbox_event_unsent on outbox_event (seq) where sent_at is null and failed_at is null;
