-- When the erasure's tombstone was written to personal.participants.v1 a second time, once the
-- topic's compaction lag had passed: see ErasureCompactionJob.
alter table registration add column erasure_repeated_at timestamptz;
