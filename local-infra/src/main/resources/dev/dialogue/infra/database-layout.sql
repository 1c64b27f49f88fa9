-- One schema and one login role per service in the database "dialogue". Each role owns its schema
-- and nothing else, so a service cannot read or write another's tables. Run by local-infra for
-- tests and ./dialogue up, and by docker-compose's PostgreSQL at first start.
-- The passwords are for local use only: a production database sets its own.
revoke all on database dialogue from public;
revoke all on schema public from public;

do $$
declare
    service text;
begin
    foreach service in array array['registration', 'matchmaking', 'agreement'] loop
        if not exists (select from pg_roles where rolname = service) then
            execute format('create role %I login password %L', service, service);
        end if;
        execute format('grant connect, temporary on database dialogue to %I', service);
        execute format('create schema if not exists %I authorization %I', service, service);
        execute format('alter role %I set search_path = %I', service, service);
    end loop;
end
$$;
