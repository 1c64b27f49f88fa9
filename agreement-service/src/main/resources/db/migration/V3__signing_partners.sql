-- The organisations for which a partner system (an e-signature provider, an organisation's own
-- system) may submit signatures in its topic space; set by an admin. A partner bound to none signs
-- for nobody.
create table signing_partner (
    partner_id    varchar(64) primary key,
    organisations jsonb       not null
);
