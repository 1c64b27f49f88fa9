-- Agendas show times in the forum's own time zone.
alter table b2b_session add column time_zone varchar(64) not null default 'UTC';
