#!/usr/bin/env bash
# The first day of a new library organisation, end to end, each part on an EMPTY embedded database (no demo data):
#   1. portal-ui/e2e/first-day-api.spec.mjs: the whole first day only through the REST API, the first administrator
#      made at start from settings (a username and a password file);
#   2. portal-ui/e2e/first-day-portal.spec.mjs: the administrator's part in the portal in Chromium, the first
#      administrator made through the one-time setup link the service prints in its log.
# Needs the service packaged (reservation-service/target) and the portal built (portal-ui/dist).
# Ports: FIRST_DAY_SERVICE_PORT (18090), FIRST_DAY_PORTAL_PORT (15183).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_chromium
SERVICE_PORT=${FIRST_DAY_SERVICE_PORT:-18090}
PORTAL_PORT=${FIRST_DAY_PORTAL_PORT:-15183}
export DEMO_DATA=false

failed() {
  echo "---- service log (tail) ----"; tail -60 "$STACK_DIR/service.log"; exit 1
}

echo "==> First day through the REST API (the first administrator from settings)"
secrets=$(mktemp -d)
admin_password="eerste-dag-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
printf '%s\n' "$admin_password" >"$secrets/admin-password"
start_service_and_portal "$SERVICE_PORT" "$PORTAL_PORT" RESERVATION_SETUP_ADMIN_USERNAME=beheerder \
    RESERVATION_SETUP_ADMIN_PASSWORD_FILE="$secrets/admin-password"
(cd portal-ui && SERVICE_URL="http://127.0.0.1:$SERVICE_PORT" PORTAL_URL="http://127.0.0.1:$PORTAL_PORT" \
    FIRST_DAY_ADMIN_USERNAME=beheerder FIRST_DAY_ADMIN_PASSWORD="$admin_password" \
    npx playwright test -c playwright.first-day.config.ts first-day-api) || failed
stop_service_and_portal
rm -rf "$secrets"

echo "==> First day in the portal (the first administrator through the setup link)"
start_service_and_portal "$SERVICE_PORT" "$PORTAL_PORT" RESERVATION_SETUP_PORTAL_URL="http://127.0.0.1:$PORTAL_PORT"
setup_url=$(sed -n 's/.*First administrator: open \([^ ]*\).*/\1/p' "$STACK_DIR/service.log" | tail -1)
[ -n "$setup_url" ] || { echo "The service printed no setup link." >&2; failed; }
(cd portal-ui && PORTAL_URL="http://127.0.0.1:$PORTAL_PORT" FIRST_DAY_SETUP_URL="$setup_url" \
    npx playwright test -c playwright.first-day.config.ts first-day-portal) || failed
