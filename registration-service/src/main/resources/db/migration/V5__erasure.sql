-- Erased registrations keep their id, forum, category, organisation and sectors for statistics;
-- everything that identifies the person is overwritten.
alter table registration add column erased_at timestamptz;
