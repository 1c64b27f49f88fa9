-- A partner is known by the topic space that the broker lets only it write (partner.<id>.*), and so
-- by the source /partners/<id>: the source an admin chose is gone. A suspended partner has no
-- credentials and no ACLs on the broker, and what it left on its topics is refused.
alter table partner drop column source;
alter table partner add column suspended_at timestamptz;
