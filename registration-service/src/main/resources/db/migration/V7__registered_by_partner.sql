-- The partner system that registered the person; null when an organiser did, and for every
-- registration made before this was recorded, whoever made it. A partner learns the id of an email
-- already registered only when it registered that person itself.
alter table registration add column registered_by_partner varchar(64) references partner (id);
