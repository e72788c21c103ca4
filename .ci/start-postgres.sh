#!/usr/bin/env bash
# Starts a local PostgreSQL for the integration tests and prints the JDBC URL they use.
# Installs the server from Debian's packages when it is missing. Idempotent.
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "ci: installing PostgreSQL" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2
fi
ver=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$ver main$"; then
  pg_createcluster "$ver" main >&2
fi
pg_ctlcluster "$ver" main start >&2 2>/dev/null || true
for _ in $(seq 30); do pg_isready -q -h localhost && break; sleep 1; done
pg_isready -h localhost >&2
su postgres -c "psql -q -tc \"select 1 from pg_roles where rolname='jiandu'\" | grep -q 1 || psql -q -c \"create role jiandu login password 'jiandu-test'\"" >&2
su postgres -c "psql -q -tc \"select 1 from pg_database where datname='jiandu_test'\" | grep -q 1 || psql -q -c \"create database jiandu_test owner jiandu\"" >&2
# a second login role with no rights of its own: the workbench's account in the least-privilege tests
su postgres -c "psql -q -tc \"select 1 from pg_roles where rolname='jiandu_app'\" | grep -q 1 || psql -q -c \"create role jiandu_app login password 'jiandu-app-test'\"" >&2
echo "jdbc:postgresql://localhost:5432/jiandu_test?user=jiandu&password=jiandu-test"
