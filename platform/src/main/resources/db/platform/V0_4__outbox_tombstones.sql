-- An event without data (the tombstone that lets a compacted topic drop an erased person's
-- details) is a row without payload; the relay sends it as a record without a value.
alter table outbox_event alter column payload drop not null;
