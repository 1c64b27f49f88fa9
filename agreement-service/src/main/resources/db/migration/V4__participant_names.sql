-- Names now come from personal.participants.v1 into participant_name (platform's db/people).
insert into participant_name (participant_id, full_name, updated_at)
select participant_id, full_name, updated_at from participant;

alter table participant drop column full_name;
