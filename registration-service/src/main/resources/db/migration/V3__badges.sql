-- An unguessable badge per approved participant, scanned at the entrance. It never leaves this
-- service in an event: only the participant's badge endpoint shows it.
alter table registration add column badge_token varchar(64);
alter table registration add column checked_in_at timestamptz;
create unique index registration_badge on registration (badge_token) where badge_token is not null;
