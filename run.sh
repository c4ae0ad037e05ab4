#!/usr/bin/env bash
# Builds what is needed and starts the service (embedded PostgreSQL with demo data, kept in .data/) and the portal.
# Ctrl-C stops both. Ports: SERVICE_PORT (8080), PORTAL_PORT (5173).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/lib.sh
SERVICE_PORT=${SERVICE_PORT:-8080}
PORTAL_PORT=${PORTAL_PORT:-5173}
mkdir -p .data

require_tools
echo "==> Building the service"
build_service
echo "==> Building the portal"
build_portal

echo "==> Starting the service on :$SERVICE_PORT (embedded PostgreSQL, data in .data/)"
service_pid=$(start_service "$SERVICE_PORT" "$PWD/.data" .data/service.log)
portal_pid=""
cleanup() {
  [ -n "$portal_pid" ] && kill "$portal_pid" 2>/dev/null || true
  kill "$service_pid" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM
if ! wait_for_url "http://127.0.0.1:$SERVICE_PORT/q/health/ready" 300; then
  tail -50 .data/service.log; exit 1
fi
echo "==> Starting the portal on :$PORTAL_PORT"
portal_pid=$(start_portal "$PORTAL_PORT" "http://127.0.0.1:$SERVICE_PORT" .data/portal.log)
wait_for_url "http://127.0.0.1:$PORTAL_PORT/" 60

cat <<MSG

  Portal:        http://localhost:$PORTAL_PORT
  API:           http://localhost:$SERVICE_PORT/api   (contract: openapi.yaml; Swagger UI: http://localhost:$SERVICE_PORT/q/swagger-ui)
  Health:        http://localhost:$SERVICE_PORT/q/health
  Logs:          .data/service.log, .data/portal.log

  Demo logins (password demo1234 for all):
    sanne             student, OBS De Regenboog (reserving only in the school library)
    daan              student, CBS De Wegwijzer, library link + membership (reserving at school and in branches)
    emma              student, CBS De Wegwijzer, no library link
    lotte             student, CBS De Wegwijzer, library link, membership expired
    noah              student, Montessorischool Het Palet (no reserving at all)
    school.regenboog  school library staff, OBS De Regenboog
    bieb.centrum      library staff, branch Centrum
    admin             administrator

  Press Ctrl-C to stop. Delete .data/ to start again from fresh demo data.
MSG
# The service runs until Ctrl-C (or until it stops by itself: then show why).
while kill -0 "$service_pid" 2>/dev/null; do sleep 2; done
echo "The service stopped; the end of .data/service.log:"; tail -20 .data/service.log
