-- Names now come from personal.participants.v1 into participant_name (platform's db/people).
insert into participant_name (participant_id, full_name, updated_at)
select participant_id, full_name, updated_at from profile;

alter table profile drop column full_name;
-- The interests' types are what matching uses; the person's own words about them stay with registration.
alter table profile drop column offers;
alter table profile drop column seeks;
