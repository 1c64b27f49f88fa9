-- Partner systems allowed to register people over Kafka (and REST), by the CloudEvents source
-- they post with, into the forums an admin allowed.
create table partner (
    id             varchar(64)  primary key,
    name           varchar(300) not null,
    source         varchar(500) not null unique,
    allowed_forums jsonb        not null
);
