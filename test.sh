#!/usr/bin/env bash
# Runs every test of both parts: the service's API and contract tests (embedded PostgreSQL), the portal's
# type check, lint, unit tests and build, the end-to-end tests in Chromium against the real service with demo data,
# the first day of a new organisation on empty databases, and the docker-compose validation. Installs Chromium (and
# docker-compose) through apt where missing.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/lib.sh
require_tools

echo "==> Service: unit, API and contract tests"
(cd reservation-service && ./mvnw -B verify)

echo "==> Portal: install, generated types up to date, type check, lint, unit tests, build"
install_portal
(cd portal-ui && npm run --silent check:api && npm run --silent typecheck && npm run --silent lint \
  && npm run --silent test && npm run --silent build)

echo "==> End-to-end: Chromium against the real service and database"
scripts/e2e.sh

echo "==> The first day of a new library organisation, on empty databases (REST API, then the portal in Chromium)"
scripts/first-day.sh

echo "==> docker-compose.yml validates"
if ! command -v docker-compose >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-compose >/dev/null || true
  fi
fi
if command -v docker-compose >/dev/null; then
  docker-compose -f docker-compose.yml config -q
else
  echo "docker-compose is not installable here; skipped the compose validation" >&2
fi
echo "==> All tests passed"
