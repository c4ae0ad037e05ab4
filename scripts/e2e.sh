#!/usr/bin/env bash
# End-to-end tests: starts the packaged service (embedded PostgreSQL, demo data) on E2E_SERVICE_PORT and the built
# portal (vite preview) on E2E_PORTAL_PORT, runs the Playwright scenarios in Debian's Chromium (installed through apt
# where missing) and stops both. On a failure it prints the end of the service log.
#
#   scripts/e2e.sh                      every scenario
#   scripts/e2e.sh -g "english"         only the scenarios whose name matches (arguments go to `playwright test`)
#   E2E_SERVICE_ENV="RESERVATION_X=1 RESERVATION_Y=2" scripts/e2e.sh    extra environment for the service
#
# The service runs with one-minute access tokens and 100 s of staff idle time, so the session scenarios see a token
# renewed unseen and a desk session that ends (E2E_SERVICE_ENV can override both).
#
# Needs the service packaged (reservation-service/target) and the portal built (portal-ui/dist).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

ensure_chromium
E2E_SERVICE_PORT=${E2E_SERVICE_PORT:-18080}
E2E_PORTAL_PORT=${E2E_PORTAL_PORT:-15173}
read -r -a service_env <<<"RESERVATION_AUTH_TOKEN_LIFETIME=PT1M RESERVATION_AUTH_SESSIONS_STAFF_IDLE=PT100S ${E2E_SERVICE_ENV:-}"
start_service_and_portal "$E2E_SERVICE_PORT" "$E2E_PORTAL_PORT" "${service_env[@]}"
(cd portal-ui && PORTAL_URL="http://127.0.0.1:$E2E_PORTAL_PORT" npm run --silent e2e -- "$@") || {
  echo "---- service log (tail) ----"; tail -60 "$STACK_DIR/service.log"; exit 1; }
