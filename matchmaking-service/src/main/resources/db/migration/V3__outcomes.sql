-- How a scheduled meeting went, as one of its participants (or an admin) recorded it.
alter table meeting add column outcome varchar(30);
alter table meeting add column outcome_notes varchar(2000);
alter table meeting add column outcome_by uuid;
