#!/bin/sh
# Runs after database-layout.sql at PostgreSQL's first start: each service's role gets the password
# given to compose, never the local stack's default (the role's name).
set -eu
for role in registration matchmaking agreement; do
  variable=$(echo "$role" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD
  password=$(printenv "$variable") || { echo "$variable must be set" >&2; exit 1; }
  psql -v ON_ERROR_STOP=1 -U postgres -d dialogue -v role="$role" -v password="$password" <<'SQL'
alter role :"role" password :'password';
SQL
done
